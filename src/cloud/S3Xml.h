#pragma once

#include "cloud/S3Types.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Berth::Cloud {

// One page of a ListObjectsV2 answer.
struct S3ListPage
{
    QList<S3Object> objects;
    bool truncated = false;
    QString nextContinuationToken;
};

// The <Error> document S3 sends with a failed request (empty fields when there was none, e.g.
// for HEAD, which has no body).
struct S3ErrorBody
{
    QString code; // "SignatureDoesNotMatch", "NoSuchBucket", …
    QString message;
    QString requestId;
    QString region; // AuthorizationHeaderMalformed: the region the bucket expects
    QString endpoint; // PermanentRedirect: the endpoint to use
};

// Parsers for the two XML documents the client reads. Pure (Qt Core's QXmlStreamReader) so they
// can be unit-tested and fuzzed without a server.
class S3Xml
{
    Q_DECLARE_TR_FUNCTIONS(S3Xml)

public:
    // `urlEncodedKeys`: the request asked for encoding-type=url, so <Key> is form-encoded
    // ('+' = space, %XX) — it keeps keys with control characters out of the XML.
    [[nodiscard]] static Result<S3ListPage> parseListObjectsV2(const QByteArray &xml,
                                                               bool urlEncodedKeys);
    [[nodiscard]] static S3ErrorBody parseError(const QByteArray &xml);
    // "2024-01-27T03:00:01.000Z" → UTC QDateTime (invalid if it is not one).
    [[nodiscard]] static QDateTime parseTimestamp(const QString &text);
};

} // namespace Berth::Cloud
