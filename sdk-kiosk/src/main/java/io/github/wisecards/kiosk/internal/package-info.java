/**
 * Internal to the SDK: the JSON readers and writers of the kiosk models. Not part of the API; may
 * change in any release.
 */
package io.github.wisecards.kiosk.internal;
