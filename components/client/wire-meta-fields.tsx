'use client';

import { LIMITS } from '@/lib/comparisons/comparison-input';
import { InputField } from './input-field';

/** What is known of the wire: the agency and its publication date (the story's date, not the day of saving). */
export function WireMetaFields(props: {
  agency: string;
  published: string;
  errors: Record<string, string>;
  onChange: (change: { agency?: string; wirePublished?: string }) => void;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <InputField
        id="agency"
        label="Agency"
        hint="(optional, e.g. dpa)"
        value={props.agency}
        maxLength={LIMITS.maxAgencyChars}
        error={props.errors.agency}
        onChange={(agency) => props.onChange({ agency })}
      />
      <InputField
        id="wirePublished"
        label="Published"
        hint="(optional: the story's date)"
        type="date"
        value={props.published}
        error={props.errors.wirePublished}
        onChange={(wirePublished) => props.onChange({ wirePublished })}
      />
    </div>
  );
}
