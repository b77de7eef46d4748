/**
 * The content security policies: one for pages, built per request around a fresh nonce, and a closed one for API
 * answers, which are data and never run anything.
 *
 * Method: scripts run only with this request's nonce ('strict-dynamic' lets those scripts load Next's chunks);
 * Next reads the nonce from the request's policy header and puts it on every script it renders. Every page is
 * rendered per request (app/layout.tsx awaits connection()), because a page generated at build time carries no
 * nonce and its hydration scripts would be blocked.
 * Known weakness: styles stay 'unsafe-inline' — React writes style attributes, which a nonce cannot cover; inline
 * styles cannot run code, and user texts are rendered as text, never as markup.
 */

/** A fresh, unguessable nonce (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The policy for a page rendered with `nonce`; `development` adds 'unsafe-eval', which React's dev tools need. */
export function pagePolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy for API answers (JSON, CSV): nothing may load or run if one is opened as a document. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
