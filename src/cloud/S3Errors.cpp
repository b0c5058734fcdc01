#include "cloud/S3Errors.h"

#include <cstdlib>

namespace Berth::Cloud {

namespace {

QString evidence(const S3Failure &failure)
{
    QStringList parts;
    if (failure.httpStatus != 0)
        parts.append(QStringLiteral("HTTP %1").arg(failure.httpStatus));
    if (!failure.body.code.isEmpty())
        parts.append(failure.body.code);
    if (!failure.body.message.isEmpty())
        parts.append(failure.body.message);
    if (failure.httpStatus == 0 && !failure.networkErrorString.isEmpty())
        parts.append(failure.networkErrorString);
    if (!failure.body.requestId.isEmpty())
        parts.append(QStringLiteral("request id %1").arg(failure.body.requestId));
    return parts.join(QStringLiteral(" — "));
}

// Minutes between this computer's clock and the server's, when both are known.
qint64 skewMinutes(const S3Failure &failure)
{
    if (!failure.serverTime.isValid() || !failure.localTime.isValid())
        return 0;
    const qint64 seconds = failure.serverTime.secsTo(failure.localTime);
    return (seconds + (seconds < 0 ? -30 : 30)) / 60; // to the nearest minute
}

} // namespace

Error S3Errors::cancelled()
{
    return {QStringLiteral("s3.cancelled"), tr("Cancelled."), {}};
}

Error S3Errors::localFile(const QString &path, const QString &why)
{
    return {QStringLiteral("s3.file"),
            tr("Cannot write “%1”. Choose another folder or free some disk space.").arg(path), why};
}

Error S3Errors::translate(const S3Failure &f)
{
    const QString detail = evidence(f);
    const QString &where = f.endpoint;
    const QString &bucket = f.bucket;
    QString code = f.body.code;

    // Network first: there was no HTTP answer to interpret.
    if (f.httpStatus == 0) {
        if (f.timedOut || f.networkError == QNetworkReply::TimeoutError)
            return {QStringLiteral("s3.timeout"),
                    tr("%1 did not answer within %n second(s). Check this computer's network, a "
                       "firewall or VPN, and the endpoint address (S3_ENDPOINT).",
                       nullptr, f.timeoutSeconds)
                        .arg(where),
                    detail};
        switch (f.networkError) {
        case QNetworkReply::HostNotFoundError:
            return {QStringLiteral("s3.dns"),
                    tr("The storage host %1 could not be found (DNS). Check the endpoint "
                       "(S3_ENDPOINT) for typos and that this computer is online.")
                        .arg(where),
                    detail};
        case QNetworkReply::ConnectionRefusedError:
            return {QStringLiteral("s3.refused"),
                    tr("%1 refused the connection: nothing is listening there. Check the "
                       "endpoint's address and port (S3_ENDPOINT) and that the storage service "
                       "is running.")
                        .arg(where),
                    detail};
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            return {QStringLiteral("s3.tls"),
                    tr("A secure (TLS) connection to %1 could not be set up. Check that the "
                       "endpoint uses https with a valid certificate, and this computer's clock.")
                        .arg(where),
                    detail};
        default:
            return {QStringLiteral("s3.network"),
                    tr("The connection to %1 failed. Check this computer's network and the "
                       "endpoint (S3_ENDPOINT), then try again.")
                        .arg(where),
                    detail};
        }
    }

    // HEAD answers have no body: infer the S3 code from the status.
    if (code.isEmpty()) {
        if (f.httpStatus == 404)
            code = f.key.isEmpty() ? QStringLiteral("NoSuchBucket") : QStringLiteral("NoSuchKey");
        else if (f.httpStatus == 403)
            code = QStringLiteral("Forbidden");
        else if (f.httpStatus == 301 || f.httpStatus == 307 || f.httpStatus == 400)
            code = f.bucketRegionHeader.isEmpty() ? QString() : QStringLiteral("PermanentRedirect");
    }

    if (code == QLatin1String("SignatureDoesNotMatch")) {
        QString message = tr("%1 rejected the request signature for bucket “%2”. Check that the "
                             "secret access key (S3_SECRET_ACCESS_KEY) belongs to the access key "
                             "ID, and that this computer's clock and time zone are right.")
                              .arg(where, bucket);
        const qint64 skew = skewMinutes(f);
        if (std::llabs(skew) >= 5)
            message += QLatin1Char(' ')
                + tr("This computer's clock is %n minute(s) off the server's.", nullptr,
                     static_cast<int>(std::llabs(skew)));
        return {QStringLiteral("s3.signature"), message, detail};
    }
    if (code == QLatin1String("RequestTimeTooSkewed"))
        return {QStringLiteral("s3.clock"),
                tr("%1 refused the request because this computer's clock is wrong (%n minute(s) "
                   "off). Set the clock automatically (NTP) and try again.",
                   nullptr, static_cast<int>(std::llabs(skewMinutes(f))))
                    .arg(where),
                detail};
    if (code == QLatin1String("InvalidAccessKeyId"))
        return {QStringLiteral("s3.access-key"),
                tr("%1 does not know the access key ID used for bucket “%2”. Check "
                   "S3_ACCESS_KEY_ID: a typo, a deleted key, or a key of another provider.")
                    .arg(where, bucket),
                detail};
    if (code == QLatin1String("NoSuchBucket"))
        return {QStringLiteral("s3.no-bucket"),
                tr("There is no bucket “%1” on %2. Check S3_BUCKET and the endpoint "
                   "(S3_ENDPOINT).")
                    .arg(bucket, where),
                detail};
    if (code == QLatin1String("NoSuchKey"))
        return {QStringLiteral("s3.no-key"),
                tr("“%1” is not in bucket “%2” on %3 (any more): it may have been deleted, e.g. "
                   "by BACKUP_KEEP_DAYS. Refresh the list.")
                    .arg(f.key, bucket, where),
                detail};
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("AllAccessDisabled"))
        return {QStringLiteral("s3.access-denied"),
                tr("%1 denied access to bucket “%2”: the keys are valid but not allowed to do "
                   "this. Give the key permission to list and read the bucket (s3:ListBucket, "
                   "s3:GetObject).")
                    .arg(where, bucket),
                detail};
    if (code == QLatin1String("Forbidden"))
        return {QStringLiteral("s3.access-denied"),
                tr("%1 denied access to bucket “%2”. Check the keys (S3_ACCESS_KEY_ID, "
                   "S3_SECRET_ACCESS_KEY), this computer's clock, and the key's permissions.")
                    .arg(where, bucket),
                detail};
    if (code == QLatin1String("AuthorizationHeaderMalformed")
        || code == QLatin1String("PermanentRedirect")
        || code == QLatin1String("IllegalLocationConstraintException")) {
        const QString expected = !f.body.region.isEmpty() ? f.body.region : f.bucketRegionHeader;
        if (!expected.isEmpty())
            return {QStringLiteral("s3.region"),
                    tr("Bucket “%1” is in region “%2”, not “%3”. Set S3_REGION to %2.")
                        .arg(bucket, expected, f.region),
                    detail};
        return {QStringLiteral("s3.region"),
                tr("%1 says bucket “%2” must be reached through another endpoint or region. "
                   "Check S3_ENDPOINT and S3_REGION.")
                    .arg(where, bucket),
                detail};
    }
    if (code == QLatin1String("InvalidBucketName"))
        return {QStringLiteral("s3.bucket-name"),
                tr("“%1” is not a valid bucket name on %2. Check S3_BUCKET.").arg(bucket, where),
                detail};
    if (f.httpStatus >= 500 || code == QLatin1String("SlowDown"))
        return {QStringLiteral("s3.server"),
                tr("%1 had a problem answering (HTTP %2). Try again in a minute; if it persists, "
                   "check the provider's status page.")
                    .arg(where)
                    .arg(f.httpStatus),
                detail};
    return {QStringLiteral("s3.http"),
            tr("%1 refused the request for bucket “%2” (HTTP %3 %4).")
                .arg(where, bucket)
                .arg(f.httpStatus)
                .arg(code),
            detail};
}

} // namespace Berth::Cloud
