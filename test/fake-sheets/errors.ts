/** Google's error bodies, as recorded from the real service (google-sheets-api.md). */

export interface ErrorReply {
  readonly status: number;
  readonly body: { error: { code: number; message: string; status: string; details?: unknown[] } };
}

const reply = (status: number, message: string, statusText: string, details?: unknown[]): ErrorReply => ({
  status,
  body: { error: { code: status, message, status: statusText, ...(details ? { details } : {}) } },
});

const errorInfo = (reason: string, metadata: Record<string, string>) => ({
  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
  reason,
  domain: 'googleapis.com',
  metadata,
});

export const badRange = (message: string) => reply(400, message, 'INVALID_ARGUMENT');

export const badField = (message: string) => reply(400, message, 'INVALID_ARGUMENT');

export const invalidApiKey = () =>
  reply(400, 'API key not valid. Please pass a valid API key.', 'INVALID_ARGUMENT', [
    errorInfo('API_KEY_INVALID', { service: 'sheets.googleapis.com' }),
  ]);

export const unauthenticated = () =>
  reply(
    401,
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    'UNAUTHENTICATED',
    [errorInfo('ACCESS_TOKEN_TYPE_UNSUPPORTED', { service: 'sheets.googleapis.com', method: 'google.apps.sheets.v4.SpreadsheetsService.GetSpreadsheet' })],
  );

export const permissionDenied = () => reply(403, 'The caller does not have permission', 'PERMISSION_DENIED');

export const missingKey = () => reply(403, 'The request is missing a valid API key.', 'PERMISSION_DENIED');

export const serviceDisabled = (project: number) =>
  reply(
    403,
    `Google Sheets API has not been used in project ${project} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=${project} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
    'PERMISSION_DENIED',
    [
      errorInfo('SERVICE_DISABLED', {
        consumer: `projects/${project}`,
        service: 'sheets.googleapis.com',
        activationUrl: `https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=${project}`,
      }),
    ],
  );

export const notFound = () => reply(404, 'Requested entity was not found.', 'NOT_FOUND');

export const rateLimited = (project: number) =>
  reply(
    429,
    `Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:${project}'.`,
    'RESOURCE_EXHAUSTED',
    [
      errorInfo('RATE_LIMIT_EXCEEDED', {
        service: 'sheets.googleapis.com',
        quota_metric: 'sheets.googleapis.com/read_requests',
        quota_limit: 'ReadRequestsPerMinutePerUser',
        quota_location: 'global',
        consumer: `projects/${project}`,
        quota_limit_value: '60',
      }),
    ],
  );

export const internal = () => reply(500, 'Internal error encountered.', 'INTERNAL');

export const unavailable = () => reply(503, 'The service is currently unavailable.', 'UNAVAILABLE');
