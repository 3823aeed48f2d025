/*
 * Copyright 2026 The camel-huaweiocr maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
/**
 * Pacing calls to the account's quota before they are sent: token buckets per operation (Bucket4j), shared between
 * replicas through a {@code QuotaStore} or local, and the share of a quota window that 429 answers teach. Used by the
 * client before an attempt waits for its concurrency permit; depends on nothing else in the component.
 */
package io.github.huaweiocr.camel.quota;
