#pragma once

#include "cloud/S3Xml.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>

namespace Berth::Cloud {

// Everything known about one failed S3 request — the evidence the translation works from. It
// holds no credential: S3's own error document carries the access key ID and the string to sign
// in extra fields, which S3Xml::parseError drops.
struct S3Failure
{
    QString endpoint; // "10.98.0.1:9000", "s3.eu-west-1.amazonaws.com"
    QString bucket;
    QString key; // the object, when the request was about one
    QString region; // the region the request was signed for
    int httpStatus = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    int timeoutSeconds = 0;
    S3ErrorBody body;
    QString bucketRegionHeader; // x-amz-bucket-region, sent with redirects
    QDateTime serverTime; // the Date header, to measure clock skew
    QDateTime localTime; // this computer's clock when the answer came
};

// Turns an S3Failure into an Error a person can act on: what failed (endpoint and bucket), why,
// and what to change. Stable codes: s3.signature, s3.access-key, s3.no-bucket, s3.no-key,
// s3.access-denied, s3.region, s3.clock, s3.bucket-name, s3.server, s3.http, s3.dns, s3.refused,
// s3.timeout, s3.tls, s3.network.
class S3Errors
{
    Q_DECLARE_TR_FUNCTIONS(S3Errors)

public:
    [[nodiscard]] static Error translate(const S3Failure &failure);
    [[nodiscard]] static Error cancelled();
    [[nodiscard]] static Error localFile(const QString &path, const QString &why);
};

} // namespace Berth::Cloud
