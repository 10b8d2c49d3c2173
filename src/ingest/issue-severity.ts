/**
 * How grave each issue is: an error keeps the row, sheet or source out of the figures, a
 * warning asks the chair to check, an info only says what was done. The words are in
 * src/messages/issues.ts; a code missing here fails to compile.
 */
import type { IssueCode, Severity } from '../messages/issues.ts';

export type { IssueCode, Severity };

export const ISSUE_SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  // Sources and files
  source_missing: 'error',
  source_not_spreadsheet: 'error',
  source_xls: 'error',
  source_encrypted: 'error',
  source_corrupt: 'error',
  source_too_large: 'error',
  source_empty_folder: 'warning',
  file_missing: 'warning',
  lock_file_given: 'error',
  lock_file_skipped: 'info',

  // Google Sheets (src/ingest/sheets)
  gsheets_bad_id: 'error',
  gsheets_no_credentials: 'error',
  gsheets_key_file: 'error',
  gsheets_key_rejected: 'error',
  gsheets_api_key_invalid: 'error',
  gsheets_unauthenticated: 'error',
  gsheets_not_shared: 'error',
  gsheets_not_public: 'error',
  gsheets_no_permission: 'error',
  gsheets_api_disabled: 'error',
  gsheets_not_found: 'error',
  gsheets_not_native: 'error',
  gsheets_bad_range: 'error',
  gsheets_quota: 'error',
  gsheets_unreachable: 'error',
  gsheets_server_error: 'error',
  gsheets_unexpected: 'error',
  gsheets_from_cache: 'warning',
  gsheets_cache_unwritable: 'warning',

  // Sheets and tables
  sheet_hidden: 'info',
  sheet_unrecognised: 'info',
  sheet_kind: 'info',
  sheet_ambiguous: 'error',
  header_not_found: 'error',
  total_mismatch: 'warning',
  formula_no_result: 'warning',
  cell_error_value: 'error',
  duplicate_column: 'warning',

  // Values
  bad_date: 'error',
  invalid_date: 'error',
  date_outside_term: 'error',
  bad_month: 'error',
  bad_amount: 'error',
  missing_amount: 'error',
  bad_number: 'error',
  bad_percent: 'error',
  bad_mark: 'error',
  bad_scale: 'error',
  bad_feedback: 'error',
  bad_archive_mark: 'error',
  bad_status: 'warning',
  bad_gender: 'warning',
  bad_flag: 'warning',
  missing_value: 'error',

  // Names and links between ledgers
  unknown_name: 'warning',
  ambiguous_name: 'error',
  duplicate_staff: 'warning',
  unknown_activity_header: 'warning',
  unknown_activity: 'warning',
  ambiguous_activity: 'warning',
  no_signin: 'warning',
  unknown_category: 'warning',
  unknown_range: 'warning',
  unbudgeted_category: 'warning',
  office_total_mismatch: 'warning',
  survey_no_term: 'warning',
  unknown_setting: 'info',
  bad_setting: 'error',
  bad_config: 'error',
  unknown_target: 'warning',

  // Added with the other formats, the hardened xlsx reader and the as-of rules
  template_example_row: 'warning',
  bad_term_text: 'warning',
  proposal_no_term: 'warning',
  source_disguised: 'error',
  source_biff5: 'error',
  file_skipped: 'info',
  folder_skipped: 'info',
  source_not_workbook: 'error',
  source_ods: 'error',
  source_no_sheets: 'error',
  source_damaged: 'error',
  source_zip_method: 'error',
  source_text_encoding: 'error',
  source_xml_invalid: 'error',
  source_cell_out_of_range: 'error',
  source_bad_cell_ref: 'error',
  source_bad_shared_string: 'error',
  source_merges_overlap: 'error',
  source_sheet_name: 'error',
  source_sheet_missing: 'error',
  source_unreadable_content: 'error',
};
