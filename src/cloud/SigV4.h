#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace Berth::Cloud {

// AWS Signature Version 4 for request headers, as S3 and every S3-compatible store (MinIO, R2,
// B2, Spaces) check it. Pure computation — no network, no clock: the caller passes the time, so
// the published AWS test vectors can be reproduced byte for byte.
//
// The secret key lives only inside the signer and in the HMAC chain; nothing it returns (apart
// from the signature itself) depends on it, and it is never logged.
class SigV4Signer
{
public:
    using Pair = std::pair<QByteArray, QByteArray>;

    struct Request
    {
        QByteArray method; // "GET", "HEAD", "PUT"
        // The path, *decoded* ("/bucket/my key.dump"): the signer encodes it the way S3 does,
        // whatever form the HTTP stack puts on the wire, so both sides agree.
        QString path;
        QList<Pair> query; // decoded name/value pairs, any order; a name with no value has ""
        // Headers to sign (name case and order do not matter). Must include `host` and
        // `x-amz-date`; S3 also wants `x-amz-content-sha256`.
        QList<Pair> headers;
        QByteArray payloadHash; // lowercase hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
    };

    SigV4Signer(QString accessKeyId, QString secretAccessKey, QString region, QString service);

    // "20130524T000000Z" — the x-amz-date value for `time` (converted to UTC).
    [[nodiscard]] static QByteArray amzDate(const QDateTime &time);
    [[nodiscard]] static QByteArray sha256Hex(const QByteArray &data);
    // S3's URI encoding: unreserved characters (A–Z a–z 0–9 - . _ ~) stay, everything else
    // becomes %XX (uppercase hex) of its UTF-8 bytes; '/' stays when `keepSlash`.
    [[nodiscard]] static QByteArray uriEncode(const QByteArray &utf8, bool keepSlash);
    [[nodiscard]] static QByteArray canonicalQuery(const QList<Pair> &query);

    [[nodiscard]] static QByteArray canonicalRequest(const Request &request);
    [[nodiscard]] QByteArray stringToSign(const Request &request, const QDateTime &time) const;
    [[nodiscard]] QByteArray signature(const Request &request, const QDateTime &time) const;
    // The whole `Authorization` header value.
    [[nodiscard]] QByteArray authorization(const Request &request, const QDateTime &time) const;

    [[nodiscard]] QString region() const { return m_region; }

private:
    [[nodiscard]] QByteArray scope(const QDateTime &time) const;
    [[nodiscard]] QByteArray signingKey(const QDateTime &time) const;

    QString m_accessKeyId;
    QString m_secretAccessKey;
    QString m_region;
    QString m_service;
};

} // namespace Berth::Cloud
