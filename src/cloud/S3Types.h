#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Berth::Cloud {

// How the bucket appears in a request URL.
enum class S3Addressing {
    Auto, // virtual-hosted for AWS (no custom endpoint), path-style for custom endpoints
    PathStyle, // https://endpoint/bucket/key — MinIO's default, works everywhere else too
    VirtualHosted, // https://bucket.endpoint/key — AWS's preferred form
};

// Where the bucket is and how to reach it. Mirrors the postgres-backup-s3 variables:
// S3_ENDPOINT, S3_REGION, S3_BUCKET.
struct S3Location
{
    // Empty for AWS (https://s3.<region>.amazonaws.com); otherwise the store's base URL, e.g.
    // http://10.98.0.1:9000 (MinIO), https://<account>.r2.cloudflarestorage.com (R2),
    // https://s3.us-west-004.backblazeb2.com (B2).
    QUrl endpoint;
    // Signing region. "us-east-1" when empty; Cloudflare R2 wants "auto".
    QString region;
    QString bucket;
    S3Addressing addressing = S3Addressing::Auto;
};

// Passed in by the caller (from the keychain snapshot); never read from disk here, never put into
// an error, a log line or a URL.
struct S3Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // temporary (STS) credentials only
};

struct S3Options
{
    // No byte for this long (connect, a response, the next chunk of a download) → timed out.
    std::chrono::milliseconds transferTimeout {30000};
    // Added to this computer's clock when signing: lets tests simulate a wrong clock.
    std::chrono::seconds clockOffset {0};
};

// One entry of a bucket listing.
struct S3Object
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified; // UTC
    QString etag;
};

// What HEAD tells about one object.
struct S3ObjectInfo
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified; // UTC
    QString etag;
    QString contentType;
};

} // namespace Berth::Cloud
