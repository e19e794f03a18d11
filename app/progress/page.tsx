import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Progress' };

export default function ProgressPage() {
  return (
    <>
      <h1>Progress</h1>
      <p className="lead">Your streak, how steady your habit is, and whether your walks are getting longer.</p>
      <p className="notice">Progress charts arrive once you have finished a few sessions, in a coming version.</p>
    </>
  );
}
