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
package io.github.huaweiocr.examples.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code example.quota-store.*}: the PostgreSQL database where the replicas of an example share the account's Huawei
 * quota (the component's {@code PostgresQuotaStore}, table {@code huaweiocr_quota}). Without a URL there is no shared
 * store and each replica paces to the quota options on its own.
 */
@ConfigurationProperties(prefix = "example.quota-store")
public class QuotaStoreProperties {

    /**
     * JDBC URL of the PostgreSQL database the replicas share, e.g. {@code jdbc:postgresql://db:5432/invoices}; empty
     * for none. Short connect and socket timeouts are added, so that a database that is gone is noticed in seconds and
     * the replicas pace on their own meanwhile.
     */
    private String url;

    /** Database user. */
    private String username;

    /** Database password; never logged. */
    private String password;

    /** The table holding the shared buckets (one row per account, region and operation), created if missing. */
    private String table = "huaweiocr_quota";

    /** Connections kept for the store: a replica visits it for one operation at a time. */
    private int poolSize = 2;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public void setPoolSize(int poolSize) {
        this.poolSize = poolSize;
    }

    @Override
    public String toString() {
        return "QuotaStoreProperties[url=" + url + ", username=" + username + ", table=" + table + "]";
    }
}
