import { Icon } from './icons.js';

/** Says plainly what this screen will do in a later release; never shows invented numbers. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  return (
    <aside className="coming-soon">
      <Icon name="clock" size={28} />
      <div>
        <p className="coming-soon-title">{title}</p>
        <p>{text}</p>
      </div>
    </aside>
  );
}
