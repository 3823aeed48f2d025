package io.github.huaweiocr.examples.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code example.replica.*}: who this copy of the application is when several run side by side on the same shared
 * folder, broker, bucket or database. Every replica runs the same jar with the same configuration; only the name
 * differs (on Kubernetes, the pod's name: {@code EXAMPLE_REPLICA_NAME} from {@code metadata.name}).
 */
@ConfigurationProperties(prefix = "example.replica")
public class ReplicaProperties {

    /**
     * This replica's name, unique among the replicas: it labels the rows and messages it produces, its log and its
     * membership of the cluster. Defaults to the {@code HOSTNAME} variable (a pod's name on Kubernetes), else the
     * process id on this host.
     */
    private String name;

    public String getName() {
        if (StringUtils.hasText(name)) {
            return name;
        }
        String host = System.getenv("HOSTNAME");
        return StringUtils.hasText(host) ? host : "pid-" + ProcessHandle.current().pid();
    }

    public void setName(String name) {
        this.name = name;
    }
}
