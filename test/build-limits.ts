/**
 * How long a test that runs real builds may take. Not a measure of speed (`npm run bench` measures
 * that): a build of the site takes seconds to minutes depending on the machine and whatever else it
 * runs, and a limit that a slow machine can reach fails a test that found nothing wrong. The limit
 * only ends a build that would never end.
 *
 * A complete build of a site copy takes about a minute on a quiet 2-core machine (35–45 s measured,
 * image cache warm); a busy machine stretches that by about its load over its cores, so some 7
 * minutes at load 13 on 2 cores (an estimate). The limit is three times that.
 */
export const BUILD_HANG_LIMIT_MS = 20 * 60_000;

/** The limit of a test that runs `builds` builds one after the other. */
export const buildsLimit = (builds: number) => builds * BUILD_HANG_LIMIT_MS;
