/** The ledger kinds of ledgers.md §1, by id. Each is a folder of src/ingest/ledgers/ and one line of its registry. */
export type LedgerKind =
  | 'roster'
  | 'activities'
  | 'participation'
  | 'offices'
  | 'funds'
  | 'budget'
  | 'survey'
  | 'proposals'
  | 'archive'
  | 'tasks'
  | 'mentoring'
  | 'decisions'
  | 'rubric'
  | 'targets'
  | 'settings';
