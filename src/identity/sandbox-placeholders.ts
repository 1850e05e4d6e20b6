// In the Sandbox environment the seed page's placeholders stand for the demo tenant's real values, so the page's
// scripts run as printed. Outside the sandbox nothing is substituted.
import { format, messages } from './messages';

/** The demo tenant's values a placeholder can stand for. */
export interface DemoValues {
  appId: string;
  tenantId: string;
  certificateThumbprint: string;
  certificateSubject: string;
  secret: string;
  userAssignedClientId: string;
}

/** What a placeholder stands for: which demo value, and how psnode names it when it says so. */
const PLACEHOLDERS: ReadonlyArray<{ text: string; value: keyof DemoValues; meaning: string }> = [
  { text: 'YOUR_APP_ID', value: 'appId', meaning: "the demo application's id" },
  { text: '<application(client)ID>', value: 'appId', meaning: "the demo application's id" },
  { text: 'YOUR_TENANT_ID', value: 'tenantId', meaning: "the demo tenant's id" },
  { text: 'Tenant_Id', value: 'tenantId', meaning: "the demo tenant's id" },
  { text: 'YOUR_CERT_THUMBPRINT', value: 'certificateThumbprint', meaning: "the demo certificate's thumbprint" },
  { text: 'YOUR_CERT_SUBJECT', value: 'certificateSubject', meaning: "the demo certificate's subject" },
  { text: '<secret.value>', value: 'secret', meaning: "the demo application's client secret" },
  { text: 'User_Assigned_Managed_identity_Client_Id', value: 'userAssignedClientId', meaning: "the demo user-assigned managed identity's client id" },
];

export interface Substitution {
  placeholder: string;
  value: string;
  /** psnode's own announcement (there is no such text in the real module); never shows a secret. */
  announcement: string;
}

/** The demo value `text` stands for, when `text` is one of the page's placeholders. */
export function substitutePlaceholder(text: string, demo: DemoValues): Substitution | undefined {
  const entry = PLACEHOLDERS.find((candidate) => candidate.text === text);
  if (!entry) return undefined;
  const value = demo[entry.value];
  const shown = entry.value === 'secret' ? '' : ` (${value})`;
  return { placeholder: text, value, announcement: format(messages.sandboxPlaceholder, text, entry.meaning, shown) };
}
