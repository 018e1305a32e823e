# kemu image: one image for the control plane, agents and chaos schedules.
# Build stage compiles TypeScript; the runtime stage has only production dependencies and runs as
# the unprivileged `node` user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts ./scripts
COPY bin ./bin
COPY core ./core
COPY proto ./proto
COPY server ./server
COPY agent ./agent
COPY cli ./cli
COPY sim ./sim
COPY test ./test
COPY bench ./bench
COPY examples ./examples
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production KEMU_LOG_PRETTY=0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/examples ./examples
USER node
EXPOSE 8080
ENTRYPOINT ["node", "/app/bin/kemu.js"]
CMD ["server", "--host", "0.0.0.0", "--port", "8080"]
