// Where the respondent is: the step caption and the share of shown questions answered.
export function Progress({ caption, percent, label, share }: { caption: string; percent: number; label: string; share: string }) {
  return (
    <div className="progress">
      <p className="progress__caption">{caption}</p>
      <progress className="progress__bar" max={100} value={percent} aria-label={label}>
        {percent}%
      </progress>
      <p className="progress__share">{share}</p>
    </div>
  );
}
