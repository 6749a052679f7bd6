/**
 * Modes a server is started in for the machinery around the app, never for people: each is off
 * unless the one script that needs it sets its variable (`npm start` sets none).
 */

/** The journeys' set-up route (app/api/testing/fixtures): only when playwright.config.ts starts the server. */
export function testFixturesEnabled() {
  return process.env.WSPOLNIE_TEST_FIXTURES === "1";
}

/** The benchmark's reference pages (/reference/*): only when scripts/bench.ts starts the server. */
export function benchmarkMode() {
  return process.env.WSPOLNIE_BENCHMARK === "1";
}
