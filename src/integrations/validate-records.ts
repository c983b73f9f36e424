/**
 * Runs the record validator before Astro loads any content, so `astro build` and `astro dev`
 * stop on the same one-line-per-problem messages as `npm run validate`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../records/format-issues.ts';
import { validatedContent } from '../records/validate.ts';

export function validateRecords(): AstroIntegration {
  return {
    name: 'validate-records',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { errors, files } = validatedContent(fileURLToPath(config.root));
        if (errors.length > 0) {
          for (const e of errors) logger.error(formatProblem(e));
          const err = new Error(`${errors.length} problem${errors.length > 1 ? 's' : ''} in the records (listed above); run \`npm run validate\` to check again.`);
          err.stack = err.message; // a contributor needs the list above, not our stack frames
          throw err;
        }
        logger.info(`${files} records valid`);
      },
    },
  };
}
