import type { Metadata } from 'next';
import { ReportLoader } from '@/components/report/ReportLoader';

export const metadata: Metadata = { title: 'Report to share' };

export default function ReportPage() {
  return (
    <>
      <h1 className="print-hidden">Report to share</h1>
      <p className="lead print-hidden">
        A summary of your routines, tightness and walking to show your physiotherapist or doctor. Print it, save it as a PDF, or
        share it as a file. It is made here on your device.
      </p>
      <ReportLoader />
    </>
  );
}
