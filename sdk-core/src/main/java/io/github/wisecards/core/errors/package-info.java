/**
 * The SDK's exceptions, all unchecked and rooted at {@link
 * io.github.wisecards.core.errors.SdkException}.
 *
 * <pre>
 * SdkException
 * ├─ ApiException (status, method, path, trace id, correlation id, idempotency key, errors, raw body)
 * │  └─ BadRequest, Authentication, PermissionDenied (ScaRequired), NotFound, Conflict,
 * │     UnprocessableEntity, RateLimit, Server, UnexpectedStatus
 * ├─ ApiConnectionException, InvalidResponseException
 * └─ ValidationException (local validation; nothing was sent)
 * </pre>
 */
package io.github.wisecards.core.errors;
