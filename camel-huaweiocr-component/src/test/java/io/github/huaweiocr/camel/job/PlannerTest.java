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
package io.github.huaweiocr.camel.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.error.HuaweiOcrInputException;
import io.github.huaweiocr.camel.input.DocumentReader;
import io.github.huaweiocr.camel.input.DocumentSource;
import io.github.huaweiocr.camel.input.PdfPagePlan;
import io.github.huaweiocr.camel.input.PdfSource;
import io.github.huaweiocr.camel.obs.ObjectReference;
import io.github.huaweiocr.camel.obs.ObsInputMode;
import io.github.huaweiocr.camel.operation.HuaweiOcrOperation;
import io.github.huaweiocr.camel.support.TestImages;
import io.github.huaweiocr.camel.support.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the planner decides for each kind of input, without Camel, a client or any I/O. */
class PlannerTest {

    private static final HuaweiOcrOperation TEXT = HuaweiOcrOperation.GENERAL_TEXT;

    private final Planner planner = new Planner(JobFixtures.settings(TEXT).build());

    @Test
    void anImageWithinTheLimitsIsOneCallWithTheSameBytes() {
        DocumentSource image = DocumentReader.read(TestImages.png(200, 100));

        Plan plan = planner.plan(TEXT, new JobInput.Document(image));

        assertThat(plan).isInstanceOfSatisfying(Plan.Call.class, call -> assertThat(call.document()).isSameAs(image));
    }

    @Test
    void anImageOverThePixelLimitIsDownscaledOnlyWhenAutoDownscaleIsOn() {
        DocumentSource wide = DocumentReader.read(TestImages.png(5000, 20));
        HuaweiOcrOperation vin = HuaweiOcrOperation.VIN;
        Planner downscaling = new Planner(JobFixtures.settings(vin).autoDownscale(true).build());

        assertThat(downscaling.plan(vin, new JobInput.Document(wide))).isInstanceOf(Plan.Downscale.class);
        assertThat(new Planner(JobFixtures.settings(vin).build()).plan(vin, new JobInput.Document(wide)))
                .isInstanceOf(Plan.Call.class);
    }

    @Test
    void aPdfIsOpenedToPlanItsPages() {
        byte[] pdf = TestPdfs.pages(2);

        assertThat(planner.plan(TEXT, new JobInput.Document(DocumentReader.read(pdf))))
                .isInstanceOfSatisfying(Plan.Pdf.class, p -> assertThat(p.source().bytes()).isEqualTo(pdf));
    }

    @Test
    void aPdfFileTooLargeForOneCallIsPlannedFromDiskPageByPage() {
        PdfSource.OnDisk file = new PdfSource.OnDisk(Path.of("scan.pdf"), 150L * 1024 * 1024);

        assertThat(planner.plan(TEXT, new JobInput.PdfFile(file))).isEqualTo(new Plan.Pdf(file));
        assertThat(planner.pages(TEXT, file.length(), 50).delivery().delivery())
                .isEqualTo(PdfPagePlan.Delivery.SINGLE_PAGE_PDF);
    }

    @Test
    void aUrlIsOneCallTheServiceDownloads() {
        DocumentSource url = DocumentReader.url("https://example.com/scan.png");

        assertThat(planner.plan(TEXT, new JobInput.Document(url)))
                .isInstanceOfSatisfying(Plan.Call.class, call -> assertThat(call.document()).isSameAs(url));
    }

    @Test
    void anObjectIsFetchedTheWayTheEndpointSays() {
        ObjectReference ref = ObjectReference.of("bucket", "scan.png");
        Planner downloading = new Planner(JobFixtures.settings(TEXT).obsInputMode(ObsInputMode.DOWNLOAD).build());

        assertThat(planner.plan(TEXT, new JobInput.ObjectRef(ref))).isEqualTo(new Plan.Fetch(ref, ObsInputMode.URL));
        assertThat(downloading.plan(TEXT, new JobInput.ObjectRef(ref)))
                .isEqualTo(new Plan.Fetch(ref, ObsInputMode.DOWNLOAD));
    }

    @Test
    void fieldsOfAnOperationWithoutImageAreOneCallWithoutDocument() {
        Plan plan = planner.plan(HuaweiOcrOperation.INVOICE_VERIFICATION, new JobInput.Fields(Map.of("code", "1")));

        assertThat(plan).isEqualTo(new Plan.Call(null, Map.of("code", "1")));
    }

    @Test
    void aBatchIsPlannedItemByItem() {
        JobInput.Batch batch = new JobInput.Batch(List.of("a", "b"), item -> new JobInput.Fields(Map.of()));

        assertThat(planner.plan(TEXT, batch)).isEqualTo(new Plan.Items(batch));
    }

    @Test
    void pagesFollowTheSelectionAndTheOperationsPdfHandling() {
        Planner selecting = new Planner(JobFixtures.settings(TEXT).pages("2-3").build());

        Plan.Pages pages = selecting.pages(TEXT, 1000, 4);

        assertThat(pages.pages()).containsExactly(2, 3);
        assertThat(pages.pageCount()).isEqualTo(4);
        assertThat(pages.delivery().delivery()).isEqualTo(PdfPagePlan.Delivery.PDF_WITH_PAGE_PARAMETER);
        assertThat(pages.oneCall()).isFalse();
        assertThat(selecting.pages(HuaweiOcrOperation.ID_CARD, 1000, 4).delivery().delivery())
                .isEqualTo(PdfPagePlan.Delivery.RENDER);
        assertThat(selecting.pages(HuaweiOcrOperation.PERU_ID_CARD, 1000, 4).oneCall()).isTrue();
    }

    @Test
    void aSelectionBeyondTheLastPageIsAnInputError() {
        Planner selecting = new Planner(JobFixtures.settings(TEXT).pages("5").build());

        assertThatThrownBy(() -> selecting.pages(TEXT, 1000, 4)).isInstanceOf(HuaweiOcrInputException.class);
    }
}
