import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleText } from './loadBundle';

/**
 * The narrowest OAuth scope each Apps Script service needs, as Google documents it. The manifest must list exactly
 * the scopes of the services the bundle calls: nothing missing (it would fail on first run), nothing extra (a
 * broader consent screen than the add-on needs).
 */
const SERVICE_SCOPES: Record<string, string[]> = {
  SpreadsheetApp: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
  // HtmlService only builds the page; showing it (and every alert, menu and toast dialog) goes through getUi() below.
  HtmlService: [],
  FormApp: ['https://www.googleapis.com/auth/forms'],
  ScriptApp: ['https://www.googleapis.com/auth/script.scriptapp'],
  MailApp: ['https://www.googleapis.com/auth/script.send_mail'],
  DocumentApp: ['https://www.googleapis.com/auth/documents'],
  DriveApp: ['https://www.googleapis.com/auth/drive'],
  // The Drive advanced service (v3): who may answer a form is a Drive permission (forms/responders.ts).
  Drive: ['https://www.googleapis.com/auth/drive'],
  // The Docs advanced service (v1): a programme filled by one batchUpdate (documents/fastDocument.ts).
  Docs: ['https://www.googleapis.com/auth/documents'],
  // Charts draws images on the server (the report's diagrams) and touches no user data: no scope.
  Charts: [],
  LockService: [],
  PropertiesService: [],
  Utilities: [],
  CacheService: [],
};

/**
 * SpreadsheetApp.getUi() — alerts, the menu, sidebars — needs the container UI scope whatever else is used: a bundle
 * that only alerts needs it as much as one that shows a sidebar.
 */
const CONTAINER_UI = { uses: /\.getUi\(\)/, scope: 'https://www.googleapis.com/auth/script.container.ui' };

/** Calls that reach beyond the current spreadsheet and so need the full spreadsheets scope. */
const BEYOND_CURRENT = /SpreadsheetApp\.(openById|openByUrl|open|create)\(/;

const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));

describe('appsscript.json', () => {
  it('runs on V8 in Moscow time and logs to Cloud Logging', () => {
    expect(manifest).toMatchObject({ timeZone: 'Europe/Moscow', runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
  });

  it('asks for exactly the scopes of the services the bundle uses', () => {
    const text = bundleText();
    const used = Object.keys(SERVICE_SCOPES).filter((service) => new RegExp(`\\b${service}\\.`).test(text));
    // Session is left out on purpose: getActiveUser().getEmail() needs userinfo.email, getScriptTimeZone() nothing, so a
    // use of it must be looked at and added here.
    // Advanced services (Drive.Files, Sheets.Spreadsheets…) are named here too: they need their own scopes and an
    // enabledAdvancedServices entry in the manifest.
    const unknown = [...text.matchAll(/\b([A-Z][A-Za-z]+(?:App|Service)|Charts|Session|Maps|Jdbc|Browser|(?:Drive|Sheets|Docs|Slides|Forms|Gmail|Calendar)(?=\.[A-Z]))\./g)]
      .map((m) => m[1]).filter((s) => !(s in SERVICE_SCOPES));
    expect(unknown).toEqual([]);
    const needed = new Set(used.flatMap((service) => SERVICE_SCOPES[service]));
    if (CONTAINER_UI.uses.test(text)) needed.add(CONTAINER_UI.scope);
    expect(BEYOND_CURRENT.test(text)).toBe(false);
    expect([...manifest.oauthScopes].sort()).toEqual([...needed].sort());
  });

  it('enables each advanced service the bundle calls, and no other', () => {
    const text = bundleText();
    const advanced = ['Drive', 'Docs', 'Sheets'].filter((symbol) => new RegExp(`\\b${symbol}\\.[A-Z]`).test(text));
    const enabled = (manifest.dependencies?.enabledAdvancedServices ?? []) as Array<{ userSymbol: string; version: string }>;
    expect(enabled.map((service) => service.userSymbol).sort()).toEqual(advanced.sort());
    expect(enabled.find((service) => service.userSymbol === 'Drive')?.version).toBe('v3');
  });
});
