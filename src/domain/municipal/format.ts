/**
 * «Пакет сведений»: what a school sends to the municipal education authority, as one JSON document. It names the
 * school, its curator and its mentors (the municipal register of mentors), gives the year's figures, and describes the
 * mentees the school could not place by code and needs only: no mentee's name or email ever leaves the school.
 */
import type { PairCounts } from '../documents/report/figures';

/** The marker a package carries, so that any other JSON is told apart. */
export const PACKAGE_FORMAT = 'nastavnik/municipal-package';
/** Raised when the package's shape changes; a municipality's add-on refuses a version newer than it knows. */
export const PACKAGE_VERSION = 1;

export interface PackageCount {
  name: string;
  pairs: number;
  people: number;
}

export interface PackageMentor {
  code: string;
  fullName: string;
  position: string;
  subjects: string[];
  competences: string[];
  /** Виды наставничества the mentor accepts. */
  kinds: string[];
  experienceYears: number;
  /** Квалификационная категория. */
  qualification: string;
  capacity: number;
  /** Places not taken by the school's proposed, approved or working pairs. */
  freePlaces: number;
}

/** A mentee the school has no pair for: code and needs only (what the pairing engine reads), never a name or email. */
export interface PackageNeed {
  code: string;
  subjects: string[];
  category: string;
  deficits: string[];
  experienceYears: number;
  preferredKind?: string;
}

export interface PackageOrder {
  number: string;
  /** YYYY-MM-DD */
  date: string;
  kind: string;
  status: string;
}

/** A change to PairCounts is a change of the package's format (PACKAGE_VERSION). */
export interface PackageFigures extends PairCounts {
  /** Pairs at each efficiency level, best first («оптимальный», «допустимый», «недопустимый»). */
  levels: { name: string; pairs: number }[];
  assessed: number;
  rubricMean?: number;
  /** Mean satisfaction, 0–100 % of the scale. */
  satisfactionMean?: number;
  satisfactionResponses: number;
}

export interface SchoolPackage {
  format: typeof PACKAGE_FORMAT;
  formatVersion: number;
  /** ISO 8601 instant the package was made. */
  createdAt: string;
  academicYear: string;
  school: {
    /** «Код организации (для управления образования)»: the key that keeps a renamed school one school. */
    id: string;
    fullName: string;
    shortName: string;
    locality: string;
    director: { name: string; position: string };
    curator: { name: string; position: string; email: string; phone: string };
  };
  mentors: PackageMentor[];
  counts: { byForm: PackageCount[]; byKind: PackageCount[]; byCategory: PackageCount[] };
  figures: PackageFigures;
  orders: PackageOrder[];
  unplaced: PackageNeed[];
}
