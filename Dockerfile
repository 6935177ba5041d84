# Mineral Gap: a stateless Next.js server (standalone output), run as a non-root user.
# Build: docker build -t mineral-gap .   Run: docker run -p 3000:3000 mineral-gap
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 STANDALONE=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx next build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# Memory (issue 23; scripts/server-flags.mjs has the same values and the reasons, docs/benchmarks.md the measurements):
# glibc keeps a malloc arena per thread (up to 8 per core) that holds memory after its thread's work; two are enough.
ENV MALLOC_ARENA_MAX=2
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r => process.exit(r.ok ? 0 : 1)).catch(() => process.exit(1))"
# The main thread's live heap is about 70 MB under any load; without limits V8 let the heap grow to 420 MB while there
# was garbage to collect. 192 MB of old generation leaves room for the requests in flight; 4 MB semi-spaces keep the
# young generation at 12 MB instead of 48. With these, a 10-minute soak plateaus under 300 MB of RSS (512 MB is a safe
# container limit). Change them with scripts/server-flags.mjs.
CMD ["node", "--max-old-space-size=192", "--max-semi-space-size=4", "server.js"]
