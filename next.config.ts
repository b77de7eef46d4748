import type { NextConfig } from 'next';

import { API_POLICY } from './server/content-security-policy';

// Pages get their Content-Security-Policy, with a per-request nonce, from proxy.ts; API answers get a closed one.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  // Story texts are read from content/ by the API at run time; trace them into the server bundle.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: API_POLICY }],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default nextConfig;
