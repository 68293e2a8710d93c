/**
 * Members of the Forms service that @types/google-apps-script 2.0.13 does not declare yet, as documented in the Apps
 * Script reference (Class FormApp: `create(title, isPublished)`; Class Form: `isPublished()`, `setPublished(enabled)`).
 * Since the 2026 publishing change a form created by a script is unpublished unless asked otherwise, and an
 * unpublished form accepts no responses. Only documented members belong here.
 */
declare namespace GoogleAppsScript {
  namespace Forms {
    interface FormApp {
      /** Creates and returns a new Form in the requested publish state. */
      create(title: string, isPublished: boolean): Form;
    }
    interface Form {
      /** Determines whether the form is published. */
      isPublished(): boolean;
      /** Sets whether the form is published. */
      setPublished(enabled: boolean): Form;
    }
  }
}
