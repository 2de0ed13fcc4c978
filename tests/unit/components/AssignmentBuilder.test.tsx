import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssignmentBuilder from '@site/src/components/AssignmentBuilder';
import { decodeAssignmentLink } from '@site/src/lib/assignment/link';
import { testCatalogue } from '../../support/catalogue';

function linkField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Share link' });
}

describe('assignment builder', () => {
  it('groups modules, lessons and quizzes in labelled fieldsets', () => {
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    const modules = screen.getByRole('group', { name: /Whole modules/ });
    expect(within(modules).getByRole('checkbox', { name: 'Foundations' })).toBeInTheDocument();
    const lessons = screen.getByRole('group', { name: /Lessons/ });
    expect(within(lessons).getByRole('group', { name: 'Semiconductors and supply chains' })).toBeInTheDocument();
    expect(within(lessons).getByRole('checkbox', { name: 'How chips are made' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Quizzes only' })).getByRole('checkbox', { name: 'Final assessment' })).toBeInTheDocument();
  });

  it('says what is missing instead of making a link', async () => {
    const user = userEvent.setup();
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    await user.click(screen.getByRole('button', { name: 'Create share link' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Give the assignment a title.');
    expect(alert).toHaveTextContent('Choose at least one module, lesson or quiz.');
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });

  it('makes a share link that holds the chosen items, due date and pass mark', async () => {
    const user = userEvent.setup();
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Week 3 <b>chips</b>');
    await user.click(screen.getByRole('checkbox', { name: 'Foundations' }));
    await user.click(screen.getByRole('checkbox', { name: 'What is tech diplomacy?' }));
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    await user.type(screen.getByLabelText(/Due date/), '2026-12-01');
    await user.type(screen.getByRole('spinbutton', { name: /Pass mark/ }), '70');
    await user.click(screen.getByRole('button', { name: 'Create share link' }));

    expect(linkField()).toHaveAttribute('readonly');
    expect(linkField().value).toMatch(/^http:\/\/localhost\/assignment#a=[\w-]+$/);
    const decoded = decodeAssignmentLink(linkField().value);
    expect(decoded.ok && decoded.assignment).toMatchObject({
      title: 'Week 3 <b>chips</b>',
      // The lesson is inside the chosen module, so the link leaves it out.
      items: [{ kind: 'module', id: 'foundations' }, { kind: 'quiz', id: 'final-assessment' }],
      due: '2026-12-01T23:59:59.999Z',
      passMark: 70,
    });
  });

  it('copies the link and confirms it in a live region', async () => {
    const user = userEvent.setup();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Final');
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create share link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(linkField().value);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied.');
  });

  it('withdraws a shown link as soon as the choice changes', async () => {
    const user = userEvent.setup();
    render(<AssignmentBuilder catalogue={testCatalogue} />);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Final');
    await user.click(screen.getByRole('checkbox', { name: 'Final assessment' }));
    await user.click(screen.getByRole('button', { name: 'Create share link' }));
    expect(linkField()).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Foundations' }));
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });
});
