import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { DEFAULT_SCENARIO } from '../../src/model/inputs';
import { FieldRatioChart } from '../../src/ui/charts/field-ratio-chart';

describe('probe', () => {
  it('renders', async () => {
    const { container } = render(<FieldRatioChart scenario={DEFAULT_SCENARIO} />);
    expect(screen.getByRole('heading', { name: 'How the field ratio moves with cohort size' })).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    console.log(container.querySelector("svg[role=application]")?.outerHTML);
  });
});
