'use client';

import { useState } from 'react';
import { readTextFile } from './text-field';

/** A text file read for a new outlet version: its name from the file name. */
export interface FileVersion {
  name: string;
  text: string;
}

/** "rhein-zeitung_2024.txt" → "rhein zeitung 2024": a file name as a readable outlet name. */
export function nameFromFile(fileName: string): string {
  return (
    fileName
      .replace(/\.txt$/i, '')
      .replace(/[_-]+/g, ' ')
      .trim() || fileName
  );
}

/**
 * Several .txt files at once, picked or dropped: one outlet version each, named from its file. Files that are not
 * UTF-8 text are named in one message and left out; the others are added.
 */
export function AddFiles({ onAdd, disabled }: { onAdd: (files: FileVersion[]) => void; disabled: boolean }) {
  const [message, setMessage] = useState('');
  const [over, setOver] = useState(false);
  const add = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const read = await Promise.all(files.map(async (file) => ({ file, result: await readTextFile(file) })));
    const problems = read.flatMap(({ result }) => ('error' in result ? [result.error] : []));
    onAdd(
      read.flatMap(({ file, result }) =>
        'text' in result ? [{ name: nameFromFile(file.name), text: result.text }] : [],
      ),
    );
    setMessage(problems.join(' '));
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (!disabled) void add(event.dataTransfer.files);
      }}
      data-drop-zone
      className={`mt-6 rounded-lg border-2 border-dashed p-4 text-center ${over ? 'border-sky-600 bg-sky-50 dark:bg-sky-950' : 'border-stone-400'}`}
    >
      <label className="cursor-pointer font-medium text-sky-800 underline dark:text-sky-300">
        Add outlet versions from .txt files
        <input
          type="file"
          accept=".txt,text/plain"
          multiple
          disabled={disabled}
          className="sr-only"
          onChange={async (event) => {
            await add(event.target.files);
            event.target.value = '';
          }}
        />
      </label>
      <span className="block text-sm text-stone-600 dark:text-stone-400">
        or drop them here — one version per file, named after the file
      </span>
      {message && (
        <p role="alert" className="mt-2 text-sm font-medium text-rose-800 dark:text-rose-300">
          {message}
        </p>
      )}
    </div>
  );
}
