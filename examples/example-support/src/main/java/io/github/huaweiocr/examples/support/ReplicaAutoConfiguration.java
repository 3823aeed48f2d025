package io.github.huaweiocr.examples.support;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Makes {@link ReplicaProperties} available to every example, in the cloud profile as well. */
@AutoConfiguration
@EnableConfigurationProperties(ReplicaProperties.class)
public class ReplicaAutoConfiguration {
}
