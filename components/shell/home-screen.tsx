import { OverdueCommitments } from '../follow-up/overdue-commitments';
import { RecentCalls } from '../history/recent-calls';
import { StartCallForm } from '../live/start-call-form';

export function HomeScreen() {
  return (
    <main className="screen home-screen">
      <header className="home-header">
        <h1>Reciprocity Coach</h1>
        <p className="tagline">Tag what each side gives and takes. It stays on this computer.</p>
      </header>
      <StartCallForm />
      <OverdueCommitments />
      <RecentCalls />
    </main>
  );
}
