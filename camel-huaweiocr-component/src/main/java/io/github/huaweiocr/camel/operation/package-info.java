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
 * The bottom of the component, depending on nothing else in it: the table of the 52 OCR operations with their
 * capabilities (formats, PDF handling, output types, request fields), the file formats and the {@code Limits} of
 * sizes, pixels and base64. A rule about what an operation accepts or returns is read from here, never written
 * again elsewhere.
 */
package io.github.huaweiocr.camel.operation;
