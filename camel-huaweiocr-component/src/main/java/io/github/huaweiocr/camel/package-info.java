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
 * The Camel face of the component: {@code HuaweiOcrComponent}, {@code HuaweiOcrEndpoint}, {@code HuaweiOcrProducer},
 * the {@code @UriParams} configuration and the header names. The only package that knows Camel exchanges; it may use
 * every other package, and none of them uses it (see {@code docs/architecture.md}).
 */
package io.github.huaweiocr.camel;
