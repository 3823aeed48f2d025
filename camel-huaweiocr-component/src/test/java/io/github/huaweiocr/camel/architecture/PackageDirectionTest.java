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
package io.github.huaweiocr.camel.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import io.github.huaweiocr.camel.HuaweiOcrComponent;
import io.github.huaweiocr.camel.HuaweiOcrEndpoint;
import io.github.huaweiocr.camel.operation.UpwardImportFixture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's packages depend one way, as {@code docs/architecture.md} draws them: the Camel classes at the top,
 * {@code error} and then {@code operation} at the bottom, {@code json} (the one Jackson configuration) beside
 * them, usable by all. A class that imports against that direction fails the
 * build here.
 */
class PackageDirectionTest {

    private static final String ROOT = "io.github.huaweiocr.camel";

    /** The component's own classes, read from where they were compiled (scanning the class path is slow). */
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importUrl(HuaweiOcrComponent.class.getProtectionDomain().getCodeSource().getLocation());

    /** Which package may use which: every arrow points down. */
    static LayeredArchitecture direction() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("camel").definedBy(ROOT)
                .layer("health").definedBy(ROOT + ".health..")
                .layer("job").definedBy(ROOT + ".job..")
                .layer("client").definedBy(ROOT + ".client..")
                .layer("result").definedBy(ROOT + ".result..")
                .layer("input").definedBy(ROOT + ".input..")
                .layer("obs").definedBy(ROOT + ".obs..")
                .layer("auth").definedBy(ROOT + ".auth..")
                .layer("quota").definedBy(ROOT + ".quota..")
                .layer("error").definedBy(ROOT + ".error..")
                .layer("operation").definedBy(ROOT + ".operation..")
                .layer("json").definedBy(ROOT + ".json..")
                .whereLayer("health").mayOnlyAccessLayers("client", "error", "operation", "json")
                .whereLayer("job").mayOnlyAccessLayers("client", "result", "input", "obs", "error", "operation", "json")
                .whereLayer("client").mayOnlyAccessLayers("auth", "quota", "input", "error", "operation", "json")
                .whereLayer("result").mayOnlyAccessLayers("error", "operation", "json")
                .whereLayer("input").mayOnlyAccessLayers("error", "operation", "json")
                .whereLayer("obs").mayOnlyAccessLayers("error", "operation", "json")
                .whereLayer("auth").mayOnlyAccessLayers("error", "operation", "json")
                .whereLayer("quota").mayOnlyAccessLayers("error", "operation", "json")
                .whereLayer("error").mayOnlyAccessLayers("operation", "json")
                .whereLayer("operation").mayNotAccessAnyLayer()
                .whereLayer("json").mayNotAccessAnyLayer();
    }

    @Test
    void packagesDependOnlyDownwards() {
        direction().check(PRODUCTION);
    }

    @Test
    void packagesImportEachOtherWithoutCycles() {
        ArchRule rule = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
        rule.check(PRODUCTION);
    }

    @Test
    void aClassImportingAgainstTheDirectionIsReported() {
        JavaClasses withViolation = new ClassFileImporter().importClasses(UpwardImportFixture.class,
                HuaweiOcrEndpoint.class);

        assertThat(direction().evaluate(withViolation).hasViolation()).isTrue();
        assertThat(direction().evaluate(withViolation).getFailureReport().toString())
                .contains(UpwardImportFixture.class.getName(), "HuaweiOcrEndpoint");
    }
}
