import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Story texts are read from content/ at build time; trace them into the server bundle.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

export default nextConfig;
