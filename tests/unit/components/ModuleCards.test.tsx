import { render, screen, within } from '@testing-library/react';
import ModuleCards from '@site/src/components/ModuleCards';
import { courseModules } from '@site/src/data/modules';

describe('ModuleCards', () => {
  it('lists every module in course order, each linking to its overview', () => {
    render(<ModuleCards modules={courseModules} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(courseModules.length);
    courseModules.forEach((module, index) => {
      const link = within(items[index]!).getByRole('link');
      expect(link).toHaveAttribute('href', module.href);
      expect(link).toHaveTextContent(`Module ${module.number}`);
      expect(within(link).getByRole('heading', { level: 3, name: module.title })).toBeInTheDocument();
    });
  });
});
