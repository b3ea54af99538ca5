/** Each chart's title: its heading, its figure's name and its recharts frame's `title`. */
export const FIELD_RATIO_TITLE = 'How the field ratio moves with cohort size';
export const NEW_RESEARCHERS_TITLE = 'New researchers against the net-neutral lines';
export const NET_IMPACT_TITLE = 'Net impact against cohort size';
/** The uncertainty charts (issue 11), shown when some input is a range. */
export const CHANCE_CURVE_TITLE = 'Chance of net positive against the net-neutral ratio';
export const NET_IMPACT_DISTRIBUTION_TITLE = 'The distribution of net impact at your ratio';
export const SENSITIVITY_TITLE = 'Sensitivity: which range decides the verdict';
/** Over the years (issue 12). */
export const FIELD_YEARS_TITLE = 'The field over the years';
export const ALUMNI_YEARS_TITLE = 'Where alumni work';
export const NET_IMPACT_YEARS_TITLE = 'Net impact by year';
