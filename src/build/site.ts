/**
 * Site-wide settings. Deployers set them through environment variables at build time;
 * the defaults build a complete offline site.
 */
export const site = {
  name: 'Sahel Conflict Tracker',
  /** Repository holding `content/`, for "edit this record" and history links. */
  repoUrl: (process.env.REPO_URL ?? 'https://github.com/sahel-conflict-tracker/sahel-conflict-tracker').replace(/\/$/, ''),
  /** Branch that "edit" links point at. */
  repoBranch: process.env.REPO_BRANCH ?? 'main',
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
};

/** Link to edit a record file in the repository. */
export function editUrl(file: string): string {
  return `${site.repoUrl}/edit/${site.repoBranch}/${file}`;
}

/** Link to a record file's history in the repository. */
export function historyUrl(file: string): string {
  return `${site.repoUrl}/commits/${site.repoBranch}/${file}`;
}

/** Link to a commit in the repository. */
export function commitUrl(hash: string): string {
  return `${site.repoUrl}/commit/${hash}`;
}
