import type { Metadata } from 'next';
import { TodayLoader } from '@/components/today/TodayLoader';
import { TodaySkeleton } from '@/components/today/TodaySkeleton';

export const metadata: Metadata = { title: { absolute: 'Today · Backstride' } };

export default function TodayPage() {
  return (
    <>
      <h1>Today</h1>
      <TodayLoader placeholder={<TodaySkeleton />} />
    </>
  );
}
