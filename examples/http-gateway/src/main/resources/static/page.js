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
'use strict';

// Sends the chosen image to POST /ocr/{operation}, lists the lines found and draws their boxes over the image.
// Every outcome ends in #status (data-state "done" or "error"), in words a person can act on.

const form = document.getElementById('upload');
const fileInput = document.getElementById('file');
const operationInput = document.getElementById('operation');
const button = document.getElementById('recognise');
const status = document.getElementById('status');
const result = document.getElementById('result');
const lines = document.getElementById('lines');
const canvas = document.getElementById('canvas');

const BOX_COLOUR = 'rgb(220, 20, 60)';

form.addEventListener('submit', (event) => {
  event.preventDefault();
  recognise().catch((failure) => show('error', 'Something went wrong in this page: ' + failure));
});

async function recognise() {
  const file = fileInput.files[0];
  if (!file) {
    show('error', 'Choose an image first.');
    return;
  }
  const operation = operationInput.value;
  result.hidden = true;
  lines.replaceChildren();
  button.disabled = true;
  show('busy', 'Recognising ' + file.name + ' with ' + operation + '…');
  try {
    let response;
    try {
      response = await fetch('/ocr/' + encodeURIComponent(operation), {
        method: 'POST',
        headers: { 'Content-Type': file.type || 'application/octet-stream' },
        body: file
      });
    } catch (failure) {
      show('error', 'The gateway cannot be reached (' + failure.message + '). Is it still running?');
      return;
    }
    const answer = await readAnswer(response);
    if (!response.ok) {
      show('error', describeError(response.status, answer));
      return;
    }
    const blocks = (answer.result && answer.result.words_block_list) || [];
    list(blocks);
    result.hidden = false;
    let image = null;
    try {
      image = await loadImage(file);
    } catch (ignored) {
      // Huawei reads formats a browser cannot show (TIFF, for one): the lines are still worth listing.
    }
    if (image) {
      draw(image, blocks);
    } else {
      canvas.width = 0;
      canvas.height = 0;
    }
    const count = blocks.length === 1 ? '1 line' : blocks.length + ' lines';
    show('done', count + ' recognised in ' + file.name + ' (request ' + answer.requestId + ')'
        + (image ? '.' : '; this browser cannot display the image, so no boxes are drawn.'));
  } finally {
    button.disabled = false;
  }
}

// The gateway answers JSON, errors included; anything else (a proxy's page, a cut connection) is shown as text.
async function readAnswer(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return { error: 'HTTP ' + response.status, message: text.trim() || response.statusText || 'no details' };
  }
}

function describeError(httpStatus, answer) {
  const message = answer.message || 'no details';
  const code = answer.error ? ' (' + answer.error + ')' : '';
  switch (httpStatus) {
    case 400:
      return 'This file cannot be recognised' + code + ': ' + message;
    case 413:
      return 'This file is too large' + code + ': ' + message;
    case 429:
      return 'Huawei Cloud OCR is throttling this account' + code + '. Wait a few seconds and press Recognise '
          + 'again. ' + message;
    default:
      return 'The recognition failed, HTTP ' + httpStatus + code + ': ' + message;
  }
}

function show(state, text) {
  status.dataset.state = state;
  status.setAttribute('role', state === 'error' ? 'alert' : 'status');
  status.textContent = text;
}

function list(blocks) {
  for (const block of blocks) {
    const item = document.createElement('li');
    const words = document.createElement('span');
    words.className = 'words';
    words.textContent = block.words;
    item.append(words);
    if (block.confidence !== undefined) {
      const confidence = document.createElement('span');
      confidence.className = 'confidence';
      confidence.textContent = Number(block.confidence).toFixed(3);
      item.append(confidence);
    }
    lines.append(item);
  }
}

function loadImage(file) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image this browser can show'));
    };
    image.src = url;
  });
}

// Each block's location is four [x, y] corners, clockwise from the top left, in image pixels. Each box gets the
// number of its line in the list, on a tag at its top left corner.
function draw(image, blocks) {
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const g = canvas.getContext('2d');
  g.drawImage(image, 0, 0);
  g.lineWidth = Math.max(2, Math.round(image.naturalWidth / 400));
  const tagSize = Math.max(12, Math.round(image.naturalWidth / 60));
  g.font = 'bold ' + Math.round(tagSize * 0.8) + 'px sans-serif';
  g.textBaseline = 'middle';
  blocks.forEach((block, index) => {
    const points = block.location || [];
    if (points.length !== 4) {
      return;
    }
    g.strokeStyle = BOX_COLOUR;
    g.beginPath();
    g.moveTo(points[0][0], points[0][1]);
    for (const [x, y] of points.slice(1)) {
      g.lineTo(x, y);
    }
    g.closePath();
    g.stroke();
    const label = String(index + 1);
    const width = g.measureText(label).width + tagSize / 2;
    const top = points[0][1] >= tagSize ? points[0][1] - tagSize : points[0][1];
    g.fillStyle = BOX_COLOUR;
    g.fillRect(points[0][0], top, width, tagSize);
    g.fillStyle = 'white';
    g.fillText(label, points[0][0] + tagSize / 4, top + tagSize / 2);
  });
}
