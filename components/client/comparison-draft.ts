/**
 * The new-comparison form's draft: what is typed, how it is restored from storage or from a saved comparison
 * ("Edit"), and the request body it becomes.
 */
import type { OutletRow } from './outlet-fieldset';
import type { WireVersionRow } from './wire-version-fields';

/** Everything typed into the form. */
export interface Draft {
  title: string;
  agency: string;
  wirePublished: string;
  wire: string;
  wireVersions: WireVersionRow[];
  outlets: OutletRow[];
}

/** An empty outlet version with this key. */
export const emptyOutlet = (key: number): OutletRow => ({ key, name: '', text: '', url: '', published: '' });

/** A form with nothing typed. */
export const emptyDraft = (): Draft => ({
  title: '',
  agency: '',
  wirePublished: '',
  wire: '',
  wireVersions: [],
  outlets: [emptyOutlet(1)],
});

/** A saved comparison's self-contained export (`?format=bundle`): what "Edit" prefills from. */
export interface Bundle {
  title: string;
  agency?: string;
  wirePublished?: string;
  wire: { text: string };
  wireVersions?: Array<{ text: string; label?: string }>;
  outlets: Array<{ name: string; text: string; url?: string; published?: string }>;
}

/** The form's draft for editing a saved comparison (outlet keys from 1, wire version keys after them). */
export function draftFromBundle(bundle: Bundle): Draft {
  return {
    title: bundle.title,
    agency: bundle.agency ?? '',
    wirePublished: bundle.wirePublished?.slice(0, 10) ?? '',
    wire: bundle.wire.text,
    wireVersions: (bundle.wireVersions ?? []).map((v, i) => ({
      key: bundle.outlets.length + i + 1,
      label: v.label ?? '',
      text: v.text,
    })),
    outlets: bundle.outlets.map((o, i) => ({
      key: i + 1,
      name: o.name,
      text: o.text,
      url: o.url ?? '',
      published: o.published?.slice(0, 10) ?? '',
    })),
  };
}

/** A draft restored from storage, filling fields that older drafts did not have. */
export function restoredDraft(saved: Partial<Draft>): Draft {
  return {
    ...emptyDraft(),
    ...saved,
    wireVersions: saved.wireVersions ?? [],
    outlets: (saved.outlets ?? []).map((o) => ({ ...emptyOutlet(o.key), ...o })),
  };
}

/** The body of `POST /api/comparisons` for a draft. */
export function requestBody(draft: Draft) {
  return {
    title: draft.title,
    agency: draft.agency,
    wirePublished: draft.wirePublished,
    wire: draft.wire,
    wireVersions: draft.wireVersions.map(({ label, text }) => ({ label, text })),
    outlets: draft.outlets.map(({ name, text, url, published }) => ({ name, text, url, published })),
  };
}

/** The largest key in use, so that new rows get fresh ones. */
export function largestKey(draft: Draft): number {
  return Math.max(0, ...draft.outlets.map((o) => o.key), ...draft.wireVersions.map((v) => v.key));
}
