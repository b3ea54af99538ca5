/**
 * Public sources behind the presets, the reference points and the explanation.
 * Figures come from ../shared/reference/sources.md; sentences are ours.
 */
export type SourceId =
  | 'thread'
  | 'kidd2023'
  | 'alumniSurvey2024'
  | 'longitudinal'
  | 'mcaleese2025'
  | 'aschenbrenner2023'
  | 'matsCohorts';

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  /** Short name for tight spaces (preset cards). */
  readonly shortTitle: string;
  readonly url: string;
  /** Caveat shown next to the figure, when the source or a derived figure needs one. */
  readonly caveat?: string;
}

export const SOURCES: { readonly [K in SourceId]: Source & { readonly id: K } } = {
  thread: {
    id: 'thread',
    shortTitle: 'LessWrong thread',
    title: 'LessWrong comment thread under "The case for AI safety capacity-building work"',
    url: 'https://www.lesswrong.com/posts/RyKDbBkemNuRezTvt',
    caveat: 'The field sizes and the 500 / 500 split are made up for illustration.',
  },
  kidd2023: {
    id: 'kidd2023',
    shortTitle: 'Kidd 2023',
    title: `Ryan Kidd, "How MATS addresses 'mass movement building' concerns" (2023-05-04)`,
    // The thread links the post; its address is not in our reference notes, so this points to
    // the author's LessWrong page, which lists it.
    url: 'https://www.lesswrong.com/users/ryankidd44',
    caveat: 'An opinion: one median safety scholar valued at 5–10 median capabilities researchers.',
  },
  alumniSurvey2024: {
    id: 'alumniSurvey2024',
    shortTitle: 'MATS alumni survey 2024',
    title: 'MATS Alumni Impact Analysis (2024-09-30)',
    url: 'https://www.lesswrong.com/posts/jeBkx6agMuBCQW94C',
    caveat:
      '72 respondents, 46 % of alumni of the first four programs; the remaining ~21 % is not broken down.',
  },
  longitudinal: {
    id: 'longitudinal',
    shortTitle: 'Kidd, MATS career data',
    title: "Ryan Kidd's LessWrong shortform: longitudinal MATS career data",
    url: 'https://www.lesswrong.com/users/ryankidd44',
    caveat: '242 of 292 alumni found; date about 2025, unconfirmed.',
  },
  mcaleese2025: {
    id: 'mcaleese2025',
    shortTitle: 'McAleese 2025',
    title: 'Stephen McAleese, "AI Safety Field Growth Analysis 2025"',
    url: 'https://www.lesswrong.com/posts/8QjAnWyuE9fktPRgS',
    caveat: 'About 600 technical + 500 non-technical full-time equivalents.',
  },
  aschenbrenner2023: {
    id: 'aschenbrenner2023',
    shortTitle: 'Aschenbrenner 2023',
    title: 'Leopold Aschenbrenner (March 2023): "plausibly 100,000" ML capabilities researchers',
    url: 'https://www.lesswrong.com/posts/uqTJ7mQqRpPejqbfN',
    caveat: 'A rough order-of-magnitude figure.',
  },
  matsCohorts: {
    id: 'matsCohorts',
    shortTitle: 'MATS cohort sizes',
    title:
      'MATS cohort sizes: 57–63 scholars a cohort in 2022–24, 98 in Summer 2025, about 120 in 2026',
    url: 'https://www.matsprogram.org',
    caveat: 'About two cohorts a year; the 2025 figure is from a secondary source.',
  },
};
