/** Each chart's title: its heading, its figure's name and its recharts frame's `title`. */
export const FIELD_RATIO_TITLE = 'How the field ratio moves with cohort size';
export const NEW_RESEARCHERS_TITLE = 'New researchers against the net-neutral lines';
export const NET_IMPACT_TITLE = 'Net impact against cohort size';
