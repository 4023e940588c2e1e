/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tensorboard = $root.tensorboard = (() => {

    /**
     * Namespace tensorboard.
     * @exports tensorboard
     * @namespace
     */
    const tensorboard = {};

    tensorboard.Event = (function() {

        /**
         * Properties of an Event.
         * @typedef {Object} tensorboard.Event.$Properties
         * @property {number|null} [wallTime] Event wallTime
         * @property {number|Long|null} [step] Event step
         * @property {string|null} [fileVersion] Event fileVersion
         * @property {tensorboard.Summary.$Properties|null} [summary] Event summary
         * @property {tensorboard.SessionLog.$Properties|null} [sessionLog] Event sessionLog
         * @property {tensorboard.SourceMetadata.$Properties|null} [sourceMetadata] Event sourceMetadata
         * @property {"fileVersion"|"summary"|"sessionLog"} [what] Event what
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Event.
         * @memberof tensorboard
         * @interface IEvent
         * @augments tensorboard.Event.$Properties
         * @deprecated Use tensorboard.Event.$Properties instead.
         */

        /**
         * Narrowed shape of an Event.
         * @typedef {{
         *   wallTime?: number|null;
         *   step?: number|Long|null;
         *   fileVersion?: string|null;
         *   summary?: tensorboard.Summary.$Shape|null;
         *   sessionLog?: tensorboard.SessionLog.$Shape|null;
         *   sourceMetadata?: tensorboard.SourceMetadata.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ what?: undefined; fileVersion?: null; summary?: null; sessionLog?: null }|{ what?: "fileVersion"; fileVersion: string; summary?: null; sessionLog?: null }|{ what?: "summary"; fileVersion?: null; summary: tensorboard.Summary.$Shape; sessionLog?: null }|{ what?: "sessionLog"; fileVersion?: null; summary?: null; sessionLog: tensorboard.SessionLog.$Shape })
         * )} tensorboard.Event.$Shape
         */

        /**
         * Constructs a new Event.
         * @memberof tensorboard
         * @classdesc Represents an Event.
         * @constructor
         * @param {tensorboard.Event.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Event = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Event wallTime.
         * @member {number} wallTime
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.wallTime = 0;

        /**
         * Event step.
         * @member {number|Long} step
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.step = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Event fileVersion.
         * @member {string|null|undefined} fileVersion
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.fileVersion = null;

        /**
         * Event summary.
         * @member {tensorboard.Summary.$Properties|null|undefined} summary
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.summary = null;

        /**
         * Event sessionLog.
         * @member {tensorboard.SessionLog.$Properties|null|undefined} sessionLog
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.sessionLog = null;

        /**
         * Event sourceMetadata.
         * @member {tensorboard.SourceMetadata.$Properties|null|undefined} sourceMetadata
         * @memberof tensorboard.Event
         * @instance
         */
        Event.prototype.sourceMetadata = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Event what.
         * @member {"fileVersion"|"summary"|"sessionLog"|undefined} what
         * @memberof tensorboard.Event
         * @instance
         */
        $Object.defineProperty(Event.prototype, "what", {
            get: $util.oneOfGetter($oneOfFields = ["fileVersion", "summary", "sessionLog"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Event instance using the specified properties.
         * @function create
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.Event.$Properties=} [properties] Properties to set
         * @returns {tensorboard.Event} Event instance
         * @type {{
         *   (properties: tensorboard.Event.$Shape): tensorboard.Event & tensorboard.Event.$Shape;
         *   (properties?: tensorboard.Event.$Properties): tensorboard.Event;
         * }}
         */
        Event.create = function(properties) {
            return new Event(properties);
        };

        /**
         * Encodes the specified Event message. Does not implicitly {@link tensorboard.Event.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime") && !$Object.is(message.wallTime, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.wallTime);
            if (message.step != null && $Object.hasOwnProperty.call(message, "step") && (typeof message.step === "object" ? message.step.low || message.step.high : message.step !== 0))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.step);
            if (message.fileVersion != null && $Object.hasOwnProperty.call(message, "fileVersion"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.fileVersion);
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                $root.tensorboard.Summary.encode(message.summary, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.sessionLog != null && $Object.hasOwnProperty.call(message, "sessionLog"))
                $root.tensorboard.SessionLog.encode(message.sessionLog, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.sourceMetadata != null && $Object.hasOwnProperty.call(message, "sourceMetadata"))
                $root.tensorboard.SourceMetadata.encode(message.sourceMetadata, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link tensorboard.Event.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.Event.$Properties} message Event message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Event.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Event & tensorboard.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.Event();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.wallTime = value;
                        else
                            delete message.wallTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.step = value;
                        else
                            delete message.step;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.fileVersion = reader.stringVerify();
                        message.what = "fileVersion";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.summary = $root.tensorboard.Summary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                        message.what = "summary";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.sessionLog = $root.tensorboard.SessionLog.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionLog);
                        message.what = "sessionLog";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.sourceMetadata = $root.tensorboard.SourceMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.sourceMetadata);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.Event
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.Event & tensorboard.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Event.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Event message.
         * @function verify
         * @memberof tensorboard.Event
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Event.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime"))
                if (typeof message.wallTime !== "number")
                    return "wallTime: number expected";
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (!$util.isInteger(message.step) && !(message.step && $util.isInteger(message.step.low) && $util.isInteger(message.step.high)))
                    return "step: integer|Long expected";
            if (message.fileVersion != null && $Object.hasOwnProperty.call(message, "fileVersion")) {
                properties.what = 1;
                if (!$util.isString(message.fileVersion))
                    return "fileVersion: string expected";
            }
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.Summary.verify(message.summary, _depth + 1);
                    if (error)
                        return "summary." + error;
                }
            }
            if (message.sessionLog != null && $Object.hasOwnProperty.call(message, "sessionLog")) {
                if (properties.what === 1)
                    return "what: multiple values";
                properties.what = 1;
                {
                    let error = $root.tensorboard.SessionLog.verify(message.sessionLog, _depth + 1);
                    if (error)
                        return "sessionLog." + error;
                }
            }
            if (message.sourceMetadata != null && $Object.hasOwnProperty.call(message, "sourceMetadata")) {
                let error = $root.tensorboard.SourceMetadata.verify(message.sourceMetadata, _depth + 1);
                if (error)
                    return "sourceMetadata." + error;
            }
            return null;
        };

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Event
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Event} Event
         */
        Event.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.Event)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.Event: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.Event();
            if (object.wallTime != null)
                if (!$Object.is($Number(object.wallTime), 0))
                    message.wallTime = $Number(object.wallTime);
            if (object.step != null)
                if (typeof object.step === "object" ? object.step.low || object.step.high : $Number(object.step) !== 0)
                    if ($util.Long)
                        message.step = $util.Long.fromValue(object.step, false);
                    else if (typeof object.step === "string")
                        message.step = $parseInt(object.step, 10);
                    else if (typeof object.step === "number")
                        message.step = object.step;
                    else if (typeof object.step === "object")
                        message.step = new $util.LongBits(object.step.low >>> 0, object.step.high >>> 0).toNumber();
            if (object.fileVersion != null)
                message.fileVersion = $String(object.fileVersion);
            if (object.summary != null) {
                if (!$util.isObject(object.summary))
                    throw $TypeError(".tensorboard.Event.summary: object expected");
                message.summary = $root.tensorboard.Summary.fromObject(object.summary, _depth + 1);
            }
            if (object.sessionLog != null) {
                if (!$util.isObject(object.sessionLog))
                    throw $TypeError(".tensorboard.Event.sessionLog: object expected");
                message.sessionLog = $root.tensorboard.SessionLog.fromObject(object.sessionLog, _depth + 1);
            }
            if (object.sourceMetadata != null) {
                if (!$util.isObject(object.sourceMetadata))
                    throw $TypeError(".tensorboard.Event.sourceMetadata: object expected");
                message.sourceMetadata = $root.tensorboard.SourceMetadata.fromObject(object.sourceMetadata, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Event
         * @static
         * @param {tensorboard.Event} message Event
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Event.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.wallTime = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.step = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.step = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.sourceMetadata = null;
            }
            if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime"))
                object.wallTime = options.json && !$isFinite(message.wallTime) ? $String(message.wallTime) : message.wallTime;
            if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.step = typeof message.step === "number" ? $BigInt(message.step) : $util.Long.fromBits(message.step.low >>> 0, message.step.high >>> 0, false).toBigInt();
                else if (typeof message.step === "number")
                    object.step = options.longs === $String ? $String(message.step) : message.step;
                else
                    object.step = options.longs === $String ? $util.Long.prototype.toString.call(message.step) : options.longs === $Number ? new $util.LongBits(message.step.low >>> 0, message.step.high >>> 0).toNumber() : message.step;
            if (message.fileVersion != null && $Object.hasOwnProperty.call(message, "fileVersion")) {
                object.fileVersion = message.fileVersion;
                if (options.oneofs)
                    object.what = "fileVersion";
            }
            if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                object.summary = $root.tensorboard.Summary.toObject(message.summary, options, _depth + 1);
                if (options.oneofs)
                    object.what = "summary";
            }
            if (message.sessionLog != null && $Object.hasOwnProperty.call(message, "sessionLog")) {
                object.sessionLog = $root.tensorboard.SessionLog.toObject(message.sessionLog, options, _depth + 1);
                if (options.oneofs)
                    object.what = "sessionLog";
            }
            if (message.sourceMetadata != null && $Object.hasOwnProperty.call(message, "sourceMetadata"))
                object.sourceMetadata = $root.tensorboard.SourceMetadata.toObject(message.sourceMetadata, options, _depth + 1);
            return object;
        };

        /**
         * Converts this Event to JSON.
         * @function toJSON
         * @memberof tensorboard.Event
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Event.prototype.toJSON = function() {
            return Event.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Event
         * @function getTypeUrl
         * @memberof tensorboard.Event
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Event.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.Event";
        };

        return Event;
    })();

    tensorboard.SourceMetadata = (function() {

        /**
         * Properties of a SourceMetadata.
         * @typedef {Object} tensorboard.SourceMetadata.$Properties
         * @property {string|null} [writer] SourceMetadata writer
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SourceMetadata.
         * @memberof tensorboard
         * @interface ISourceMetadata
         * @augments tensorboard.SourceMetadata.$Properties
         * @deprecated Use tensorboard.SourceMetadata.$Properties instead.
         */

        /**
         * Shape of a SourceMetadata.
         * @typedef {tensorboard.SourceMetadata.$Properties} tensorboard.SourceMetadata.$Shape
         */

        /**
         * Constructs a new SourceMetadata.
         * @memberof tensorboard
         * @classdesc Represents a SourceMetadata.
         * @constructor
         * @param {tensorboard.SourceMetadata.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SourceMetadata = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SourceMetadata writer.
         * @member {string} writer
         * @memberof tensorboard.SourceMetadata
         * @instance
         */
        SourceMetadata.prototype.writer = "";

        /**
         * Creates a new SourceMetadata instance using the specified properties.
         * @function create
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.SourceMetadata.$Properties=} [properties] Properties to set
         * @returns {tensorboard.SourceMetadata} SourceMetadata instance
         * @type {{
         *   (properties: tensorboard.SourceMetadata.$Shape): tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape;
         *   (properties?: tensorboard.SourceMetadata.$Properties): tensorboard.SourceMetadata;
         * }}
         */
        SourceMetadata.create = function(properties) {
            return new SourceMetadata(properties);
        };

        /**
         * Encodes the specified SourceMetadata message. Does not implicitly {@link tensorboard.SourceMetadata.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.SourceMetadata.$Properties} message SourceMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SourceMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.writer != null && $Object.hasOwnProperty.call(message, "writer") && message.writer !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.writer);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SourceMetadata message, length delimited. Does not implicitly {@link tensorboard.SourceMetadata.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.SourceMetadata.$Properties} message SourceMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SourceMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SourceMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape} SourceMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SourceMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.SourceMetadata();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.writer = value;
                        else
                            delete message.writer;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SourceMetadata message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape} SourceMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SourceMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SourceMetadata message.
         * @function verify
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SourceMetadata.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.writer != null && $Object.hasOwnProperty.call(message, "writer"))
                if (!$util.isString(message.writer))
                    return "writer: string expected";
            return null;
        };

        /**
         * Creates a SourceMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SourceMetadata} SourceMetadata
         */
        SourceMetadata.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.SourceMetadata)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.SourceMetadata: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.SourceMetadata();
            if (object.writer != null)
                if (typeof object.writer !== "string" || object.writer.length)
                    message.writer = $String(object.writer);
            return message;
        };

        /**
         * Creates a plain object from a SourceMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {tensorboard.SourceMetadata} message SourceMetadata
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SourceMetadata.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.writer = "";
            if (message.writer != null && $Object.hasOwnProperty.call(message, "writer"))
                object.writer = message.writer;
            return object;
        };

        /**
         * Converts this SourceMetadata to JSON.
         * @function toJSON
         * @memberof tensorboard.SourceMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SourceMetadata.prototype.toJSON = function() {
            return SourceMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SourceMetadata
         * @function getTypeUrl
         * @memberof tensorboard.SourceMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SourceMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.SourceMetadata";
        };

        return SourceMetadata;
    })();

    tensorboard.SessionLog = (function() {

        /**
         * Properties of a SessionLog.
         * @typedef {Object} tensorboard.SessionLog.$Properties
         * @property {tensorboard.SessionLog.SessionStatus|null} [status] SessionLog status
         * @property {string|null} [checkpointPath] SessionLog checkpointPath
         * @property {string|null} [msg] SessionLog msg
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SessionLog.
         * @memberof tensorboard
         * @interface ISessionLog
         * @augments tensorboard.SessionLog.$Properties
         * @deprecated Use tensorboard.SessionLog.$Properties instead.
         */

        /**
         * Shape of a SessionLog.
         * @typedef {tensorboard.SessionLog.$Properties} tensorboard.SessionLog.$Shape
         */

        /**
         * Constructs a new SessionLog.
         * @memberof tensorboard
         * @classdesc Represents a SessionLog.
         * @constructor
         * @param {tensorboard.SessionLog.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SessionLog = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SessionLog status.
         * @member {tensorboard.SessionLog.SessionStatus} status
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.status = 0;

        /**
         * SessionLog checkpointPath.
         * @member {string} checkpointPath
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.checkpointPath = "";

        /**
         * SessionLog msg.
         * @member {string} msg
         * @memberof tensorboard.SessionLog
         * @instance
         */
        SessionLog.prototype.msg = "";

        /**
         * Creates a new SessionLog instance using the specified properties.
         * @function create
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.SessionLog.$Properties=} [properties] Properties to set
         * @returns {tensorboard.SessionLog} SessionLog instance
         * @type {{
         *   (properties: tensorboard.SessionLog.$Shape): tensorboard.SessionLog & tensorboard.SessionLog.$Shape;
         *   (properties?: tensorboard.SessionLog.$Properties): tensorboard.SessionLog;
         * }}
         */
        SessionLog.create = function(properties) {
            return new SessionLog(properties);
        };

        /**
         * Encodes the specified SessionLog message. Does not implicitly {@link tensorboard.SessionLog.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.SessionLog.$Properties} message SessionLog message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionLog.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
            if (message.checkpointPath != null && $Object.hasOwnProperty.call(message, "checkpointPath") && message.checkpointPath !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.checkpointPath);
            if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.msg);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SessionLog message, length delimited. Does not implicitly {@link tensorboard.SessionLog.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.SessionLog.$Properties} message SessionLog message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SessionLog.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SessionLog message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SessionLog
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SessionLog & tensorboard.SessionLog.$Shape} SessionLog
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionLog.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.SessionLog();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.checkpointPath = value;
                        else
                            delete message.checkpointPath;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.msg = value;
                        else
                            delete message.msg;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SessionLog message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.SessionLog
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.SessionLog & tensorboard.SessionLog.$Shape} SessionLog
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SessionLog.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SessionLog message.
         * @function verify
         * @memberof tensorboard.SessionLog
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SessionLog.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                    return "status: enum value expected";
            if (message.checkpointPath != null && $Object.hasOwnProperty.call(message, "checkpointPath"))
                if (!$util.isString(message.checkpointPath))
                    return "checkpointPath: string expected";
            if (message.msg != null && $Object.hasOwnProperty.call(message, "msg"))
                if (!$util.isString(message.msg))
                    return "msg: string expected";
            return null;
        };

        /**
         * Creates a SessionLog message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SessionLog
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SessionLog} SessionLog
         */
        SessionLog.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.SessionLog)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.SessionLog: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.SessionLog();
            if (object.status !== 0 && (typeof object.status !== "string" || $root.tensorboard.SessionLog.SessionStatus[object.status] !== 0))
                switch (object.status) {
                case "STATUS_UNSPECIFIED":
                case 0:
                    message.status = 0;
                    break;
                case "START":
                case 1:
                    message.status = 1;
                    break;
                case "STOP":
                case 2:
                    message.status = 2;
                    break;
                case "CHECKPOINT":
                case 3:
                    message.status = 3;
                    break;
                default:
                    if (typeof object.status === "number" && (object.status | 0) === object.status)
                        message.status = object.status;
                }
            if (object.checkpointPath != null)
                if (typeof object.checkpointPath !== "string" || object.checkpointPath.length)
                    message.checkpointPath = $String(object.checkpointPath);
            if (object.msg != null)
                if (typeof object.msg !== "string" || object.msg.length)
                    message.msg = $String(object.msg);
            return message;
        };

        /**
         * Creates a plain object from a SessionLog message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SessionLog
         * @static
         * @param {tensorboard.SessionLog} message SessionLog
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SessionLog.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.status = options.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                object.checkpointPath = "";
                object.msg = "";
            }
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = options.enums === $String ? $root.tensorboard.SessionLog.SessionStatus[message.status] === $undefined ? message.status : $root.tensorboard.SessionLog.SessionStatus[message.status] : message.status;
            if (message.checkpointPath != null && $Object.hasOwnProperty.call(message, "checkpointPath"))
                object.checkpointPath = message.checkpointPath;
            if (message.msg != null && $Object.hasOwnProperty.call(message, "msg"))
                object.msg = message.msg;
            return object;
        };

        /**
         * Converts this SessionLog to JSON.
         * @function toJSON
         * @memberof tensorboard.SessionLog
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SessionLog.prototype.toJSON = function() {
            return SessionLog.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SessionLog
         * @function getTypeUrl
         * @memberof tensorboard.SessionLog
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SessionLog.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.SessionLog";
        };

        /**
         * SessionStatus enum.
         * @name tensorboard.SessionLog.SessionStatus
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} START=1 START value
         * @property {number} STOP=2 STOP value
         * @property {number} CHECKPOINT=3 CHECKPOINT value
         */
        SessionLog.SessionStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "START"] = 1;
            values[valuesById[2] = "STOP"] = 2;
            values[valuesById[3] = "CHECKPOINT"] = 3;
            return values;
        })();

        return SessionLog;
    })();

    /**
     * DataClass enum.
     * @name tensorboard.DataClass
     * @enum {number}
     * @property {number} DATA_CLASS_UNKNOWN=0 DATA_CLASS_UNKNOWN value
     * @property {number} DATA_CLASS_SCALAR=1 DATA_CLASS_SCALAR value
     * @property {number} DATA_CLASS_TENSOR=2 DATA_CLASS_TENSOR value
     * @property {number} DATA_CLASS_BLOB_SEQUENCE=3 DATA_CLASS_BLOB_SEQUENCE value
     */
    tensorboard.DataClass = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "DATA_CLASS_UNKNOWN"] = 0;
        values[valuesById[1] = "DATA_CLASS_SCALAR"] = 1;
        values[valuesById[2] = "DATA_CLASS_TENSOR"] = 2;
        values[valuesById[3] = "DATA_CLASS_BLOB_SEQUENCE"] = 3;
        return values;
    })();

    tensorboard.SummaryMetadata = (function() {

        /**
         * Properties of a SummaryMetadata.
         * @typedef {Object} tensorboard.SummaryMetadata.$Properties
         * @property {tensorboard.SummaryMetadata.PluginData.$Properties|null} [pluginData] SummaryMetadata pluginData
         * @property {string|null} [displayName] SummaryMetadata displayName
         * @property {string|null} [summaryDescription] SummaryMetadata summaryDescription
         * @property {tensorboard.DataClass|null} [dataClass] SummaryMetadata dataClass
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SummaryMetadata.
         * @memberof tensorboard
         * @interface ISummaryMetadata
         * @augments tensorboard.SummaryMetadata.$Properties
         * @deprecated Use tensorboard.SummaryMetadata.$Properties instead.
         */

        /**
         * Shape of a SummaryMetadata.
         * @typedef {tensorboard.SummaryMetadata.$Properties} tensorboard.SummaryMetadata.$Shape
         */

        /**
         * Constructs a new SummaryMetadata.
         * @memberof tensorboard
         * @classdesc Represents a SummaryMetadata.
         * @constructor
         * @param {tensorboard.SummaryMetadata.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SummaryMetadata = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SummaryMetadata pluginData.
         * @member {tensorboard.SummaryMetadata.PluginData.$Properties|null|undefined} pluginData
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.pluginData = null;

        /**
         * SummaryMetadata displayName.
         * @member {string} displayName
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.displayName = "";

        /**
         * SummaryMetadata summaryDescription.
         * @member {string} summaryDescription
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.summaryDescription = "";

        /**
         * SummaryMetadata dataClass.
         * @member {tensorboard.DataClass} dataClass
         * @memberof tensorboard.SummaryMetadata
         * @instance
         */
        SummaryMetadata.prototype.dataClass = 0;

        /**
         * Creates a new SummaryMetadata instance using the specified properties.
         * @function create
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.SummaryMetadata.$Properties=} [properties] Properties to set
         * @returns {tensorboard.SummaryMetadata} SummaryMetadata instance
         * @type {{
         *   (properties: tensorboard.SummaryMetadata.$Shape): tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape;
         *   (properties?: tensorboard.SummaryMetadata.$Properties): tensorboard.SummaryMetadata;
         * }}
         */
        SummaryMetadata.create = function(properties) {
            return new SummaryMetadata(properties);
        };

        /**
         * Encodes the specified SummaryMetadata message. Does not implicitly {@link tensorboard.SummaryMetadata.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.SummaryMetadata.$Properties} message SummaryMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SummaryMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.pluginData != null && $Object.hasOwnProperty.call(message, "pluginData"))
                $root.tensorboard.SummaryMetadata.PluginData.encode(message.pluginData, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName") && message.displayName !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.displayName);
            if (message.summaryDescription != null && $Object.hasOwnProperty.call(message, "summaryDescription") && message.summaryDescription !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.summaryDescription);
            if (message.dataClass != null && $Object.hasOwnProperty.call(message, "dataClass") && message.dataClass !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).int32(message.dataClass);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SummaryMetadata message, length delimited. Does not implicitly {@link tensorboard.SummaryMetadata.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.SummaryMetadata.$Properties} message SummaryMetadata message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SummaryMetadata.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SummaryMetadata message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape} SummaryMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SummaryMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.SummaryMetadata();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.pluginData = $root.tensorboard.SummaryMetadata.PluginData.decode(reader, reader.size(), $undefined, _depth + 1, message.pluginData);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.displayName = value;
                        else
                            delete message.displayName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.summaryDescription = value;
                        else
                            delete message.summaryDescription;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.dataClass = value;
                        else
                            delete message.dataClass;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SummaryMetadata message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape} SummaryMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SummaryMetadata.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SummaryMetadata message.
         * @function verify
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SummaryMetadata.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.pluginData != null && $Object.hasOwnProperty.call(message, "pluginData")) {
                let error = $root.tensorboard.SummaryMetadata.PluginData.verify(message.pluginData, _depth + 1);
                if (error)
                    return "pluginData." + error;
            }
            if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                if (!$util.isString(message.displayName))
                    return "displayName: string expected";
            if (message.summaryDescription != null && $Object.hasOwnProperty.call(message, "summaryDescription"))
                if (!$util.isString(message.summaryDescription))
                    return "summaryDescription: string expected";
            if (message.dataClass != null && $Object.hasOwnProperty.call(message, "dataClass"))
                if (typeof message.dataClass !== "number" || (message.dataClass | 0) !== message.dataClass)
                    return "dataClass: enum value expected";
            return null;
        };

        /**
         * Creates a SummaryMetadata message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.SummaryMetadata} SummaryMetadata
         */
        SummaryMetadata.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.SummaryMetadata)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.SummaryMetadata: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.SummaryMetadata();
            if (object.pluginData != null) {
                if (!$util.isObject(object.pluginData))
                    throw $TypeError(".tensorboard.SummaryMetadata.pluginData: object expected");
                message.pluginData = $root.tensorboard.SummaryMetadata.PluginData.fromObject(object.pluginData, _depth + 1);
            }
            if (object.displayName != null)
                if (typeof object.displayName !== "string" || object.displayName.length)
                    message.displayName = $String(object.displayName);
            if (object.summaryDescription != null)
                if (typeof object.summaryDescription !== "string" || object.summaryDescription.length)
                    message.summaryDescription = $String(object.summaryDescription);
            if (object.dataClass !== 0 && (typeof object.dataClass !== "string" || $root.tensorboard.DataClass[object.dataClass] !== 0))
                switch (object.dataClass) {
                case "DATA_CLASS_UNKNOWN":
                case 0:
                    message.dataClass = 0;
                    break;
                case "DATA_CLASS_SCALAR":
                case 1:
                    message.dataClass = 1;
                    break;
                case "DATA_CLASS_TENSOR":
                case 2:
                    message.dataClass = 2;
                    break;
                case "DATA_CLASS_BLOB_SEQUENCE":
                case 3:
                    message.dataClass = 3;
                    break;
                default:
                    if (typeof object.dataClass === "number" && (object.dataClass | 0) === object.dataClass)
                        message.dataClass = object.dataClass;
                }
            return message;
        };

        /**
         * Creates a plain object from a SummaryMetadata message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {tensorboard.SummaryMetadata} message SummaryMetadata
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SummaryMetadata.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.pluginData = null;
                object.displayName = "";
                object.summaryDescription = "";
                object.dataClass = options.enums === $String ? "DATA_CLASS_UNKNOWN" : 0;
            }
            if (message.pluginData != null && $Object.hasOwnProperty.call(message, "pluginData"))
                object.pluginData = $root.tensorboard.SummaryMetadata.PluginData.toObject(message.pluginData, options, _depth + 1);
            if (message.displayName != null && $Object.hasOwnProperty.call(message, "displayName"))
                object.displayName = message.displayName;
            if (message.summaryDescription != null && $Object.hasOwnProperty.call(message, "summaryDescription"))
                object.summaryDescription = message.summaryDescription;
            if (message.dataClass != null && $Object.hasOwnProperty.call(message, "dataClass"))
                object.dataClass = options.enums === $String ? $root.tensorboard.DataClass[message.dataClass] === $undefined ? message.dataClass : $root.tensorboard.DataClass[message.dataClass] : message.dataClass;
            return object;
        };

        /**
         * Converts this SummaryMetadata to JSON.
         * @function toJSON
         * @memberof tensorboard.SummaryMetadata
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SummaryMetadata.prototype.toJSON = function() {
            return SummaryMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SummaryMetadata
         * @function getTypeUrl
         * @memberof tensorboard.SummaryMetadata
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SummaryMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.SummaryMetadata";
        };

        SummaryMetadata.PluginData = (function() {

            /**
             * Properties of a PluginData.
             * @typedef {Object} tensorboard.SummaryMetadata.PluginData.$Properties
             * @property {string|null} [pluginName] PluginData pluginName
             * @property {Uint8Array|null} [content] PluginData content
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PluginData.
             * @memberof tensorboard.SummaryMetadata
             * @interface IPluginData
             * @augments tensorboard.SummaryMetadata.PluginData.$Properties
             * @deprecated Use tensorboard.SummaryMetadata.PluginData.$Properties instead.
             */

            /**
             * Shape of a PluginData.
             * @typedef {tensorboard.SummaryMetadata.PluginData.$Properties} tensorboard.SummaryMetadata.PluginData.$Shape
             */

            /**
             * Constructs a new PluginData.
             * @memberof tensorboard.SummaryMetadata
             * @classdesc Represents a PluginData.
             * @constructor
             * @param {tensorboard.SummaryMetadata.PluginData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PluginData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PluginData pluginName.
             * @member {string} pluginName
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             */
            PluginData.prototype.pluginName = "";

            /**
             * PluginData content.
             * @member {Uint8Array} content
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             */
            PluginData.prototype.content = $util.newBuffer([]);

            /**
             * Creates a new PluginData instance using the specified properties.
             * @function create
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.PluginData.$Properties=} [properties] Properties to set
             * @returns {tensorboard.SummaryMetadata.PluginData} PluginData instance
             * @type {{
             *   (properties: tensorboard.SummaryMetadata.PluginData.$Shape): tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape;
             *   (properties?: tensorboard.SummaryMetadata.PluginData.$Properties): tensorboard.SummaryMetadata.PluginData;
             * }}
             */
            PluginData.create = function(properties) {
                return new PluginData(properties);
            };

            /**
             * Encodes the specified PluginData message. Does not implicitly {@link tensorboard.SummaryMetadata.PluginData.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.PluginData.$Properties} message PluginData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PluginData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pluginName != null && $Object.hasOwnProperty.call(message, "pluginName") && message.pluginName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.pluginName);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.content);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PluginData message, length delimited. Does not implicitly {@link tensorboard.SummaryMetadata.PluginData.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.PluginData.$Properties} message PluginData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PluginData.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PluginData message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape} PluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PluginData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorboard.SummaryMetadata.PluginData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pluginName = value;
                            else
                                delete message.pluginName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a PluginData message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape} PluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PluginData.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PluginData message.
             * @function verify
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PluginData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pluginName != null && $Object.hasOwnProperty.call(message, "pluginName"))
                    if (!$util.isString(message.pluginName))
                        return "pluginName: string expected";
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    if (!(message.content && typeof message.content.length === "number" || $util.isString(message.content)))
                        return "content: buffer expected";
                return null;
            };

            /**
             * Creates a PluginData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.SummaryMetadata.PluginData} PluginData
             */
            PluginData.fromObject = function (object, _depth) {
                if (object instanceof $root.tensorboard.SummaryMetadata.PluginData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tensorboard.SummaryMetadata.PluginData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tensorboard.SummaryMetadata.PluginData();
                if (object.pluginName != null)
                    if (typeof object.pluginName !== "string" || object.pluginName.length)
                        message.pluginName = $String(object.pluginName);
                if (object.content != null)
                    if (object.content.length)
                        if (typeof object.content === "string")
                            $util.base64.decode(object.content, message.content = $util.newBuffer($util.base64.length(object.content)), 0);
                        else if (object.content.length >= 0)
                            message.content = object.content;
                return message;
            };

            /**
             * Creates a plain object from a PluginData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {tensorboard.SummaryMetadata.PluginData} message PluginData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PluginData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pluginName = "";
                    if (options.bytes === $String)
                        object.content = "";
                    else {
                        object.content = [];
                        if (options.bytes !== $Array)
                            object.content = $util.newBuffer(object.content);
                    }
                }
                if (message.pluginName != null && $Object.hasOwnProperty.call(message, "pluginName"))
                    object.pluginName = message.pluginName;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = options.bytes === $String ? $util.base64.encode(message.content, 0, message.content.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.content) : message.content;
                return object;
            };

            /**
             * Converts this PluginData to JSON.
             * @function toJSON
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PluginData.prototype.toJSON = function() {
                return PluginData.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PluginData
             * @function getTypeUrl
             * @memberof tensorboard.SummaryMetadata.PluginData
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PluginData.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorboard.SummaryMetadata.PluginData";
            };

            return PluginData;
        })();

        return SummaryMetadata;
    })();

    tensorboard.Summary = (function() {

        /**
         * Properties of a Summary.
         * @typedef {Object} tensorboard.Summary.$Properties
         * @property {Array.<tensorboard.Summary.Value.$Properties>|null} [value] Summary value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Summary.
         * @memberof tensorboard
         * @interface ISummary
         * @augments tensorboard.Summary.$Properties
         * @deprecated Use tensorboard.Summary.$Properties instead.
         */

        /**
         * Shape of a Summary.
         * @typedef {{
         *   value?: Array.<tensorboard.Summary.Value.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorboard.Summary.$Shape
         */

        /**
         * Constructs a new Summary.
         * @memberof tensorboard
         * @classdesc Represents a Summary.
         * @constructor
         * @param {tensorboard.Summary.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Summary = function (properties) {
            this.value = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Summary value.
         * @member {Array.<tensorboard.Summary.Value.$Properties>} value
         * @memberof tensorboard.Summary
         * @instance
         */
        Summary.prototype.value = $util.emptyArray;

        /**
         * Creates a new Summary instance using the specified properties.
         * @function create
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.Summary.$Properties=} [properties] Properties to set
         * @returns {tensorboard.Summary} Summary instance
         * @type {{
         *   (properties: tensorboard.Summary.$Shape): tensorboard.Summary & tensorboard.Summary.$Shape;
         *   (properties?: tensorboard.Summary.$Properties): tensorboard.Summary;
         * }}
         */
        Summary.create = function(properties) {
            return new Summary(properties);
        };

        /**
         * Encodes the specified Summary message. Does not implicitly {@link tensorboard.Summary.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.Summary.$Properties} message Summary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Summary.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.value != null && message.value.length)
                for (let i = 0; i < message.value.length; ++i)
                    $root.tensorboard.Summary.Value.encode(message.value[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Summary message, length delimited. Does not implicitly {@link tensorboard.Summary.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.Summary.$Properties} message Summary message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Summary.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Summary message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Summary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Summary & tensorboard.Summary.$Shape} Summary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Summary.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.Summary();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.value && message.value.length))
                            message.value = [];
                        message.value.push($root.tensorboard.Summary.Value.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Summary message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.Summary
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.Summary & tensorboard.Summary.$Shape} Summary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Summary.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Summary message.
         * @function verify
         * @memberof tensorboard.Summary
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Summary.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                if (!$Array.isArray(message.value))
                    return "value: array expected";
                for (let i = 0; i < message.value.length; ++i) {
                    let error = $root.tensorboard.Summary.Value.verify(message.value[i], _depth + 1);
                    if (error)
                        return "value." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Summary message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Summary
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Summary} Summary
         */
        Summary.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.Summary)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.Summary: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.Summary();
            if (object.value) {
                if (!$Array.isArray(object.value))
                    throw $TypeError(".tensorboard.Summary.value: array expected");
                message.value = $Array(object.value.length);
                for (let i = 0; i < object.value.length; ++i) {
                    if (!$util.isObject(object.value[i]))
                        throw $TypeError(".tensorboard.Summary.value: object expected");
                    message.value[i] = $root.tensorboard.Summary.Value.fromObject(object.value[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Summary message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Summary
         * @static
         * @param {tensorboard.Summary} message Summary
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Summary.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.value = [];
            if (message.value && message.value.length) {
                object.value = $Array(message.value.length);
                for (let j = 0; j < message.value.length; ++j)
                    object.value[j] = $root.tensorboard.Summary.Value.toObject(message.value[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Summary to JSON.
         * @function toJSON
         * @memberof tensorboard.Summary
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Summary.prototype.toJSON = function() {
            return Summary.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Summary
         * @function getTypeUrl
         * @memberof tensorboard.Summary
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Summary.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.Summary";
        };

        Summary.Image = (function() {

            /**
             * Properties of an Image.
             * @typedef {Object} tensorboard.Summary.Image.$Properties
             * @property {number|null} [height] Image height
             * @property {number|null} [width] Image width
             * @property {number|null} [colorspace] Image colorspace
             * @property {Uint8Array|null} [encodedImageString] Image encodedImageString
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Image.
             * @memberof tensorboard.Summary
             * @interface IImage
             * @augments tensorboard.Summary.Image.$Properties
             * @deprecated Use tensorboard.Summary.Image.$Properties instead.
             */

            /**
             * Shape of an Image.
             * @typedef {tensorboard.Summary.Image.$Properties} tensorboard.Summary.Image.$Shape
             */

            /**
             * Constructs a new Image.
             * @memberof tensorboard.Summary
             * @classdesc Represents an Image.
             * @constructor
             * @param {tensorboard.Summary.Image.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Image = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Image height.
             * @member {number} height
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.height = 0;

            /**
             * Image width.
             * @member {number} width
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.width = 0;

            /**
             * Image colorspace.
             * @member {number} colorspace
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.colorspace = 0;

            /**
             * Image encodedImageString.
             * @member {Uint8Array} encodedImageString
             * @memberof tensorboard.Summary.Image
             * @instance
             */
            Image.prototype.encodedImageString = $util.newBuffer([]);

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.Image.$Properties=} [properties] Properties to set
             * @returns {tensorboard.Summary.Image} Image instance
             * @type {{
             *   (properties: tensorboard.Summary.Image.$Shape): tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape;
             *   (properties?: tensorboard.Summary.Image.$Properties): tensorboard.Summary.Image;
             * }}
             */
            Image.create = function(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link tensorboard.Summary.Image.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.height);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.width);
                if (message.colorspace != null && $Object.hasOwnProperty.call(message, "colorspace") && message.colorspace !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.colorspace);
                if (message.encodedImageString != null && $Object.hasOwnProperty.call(message, "encodedImageString") && message.encodedImageString.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.encodedImageString);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link tensorboard.Summary.Image.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorboard.Summary.Image();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.colorspace = value;
                            else
                                delete message.colorspace;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.encodedImageString = value;
                            else
                                delete message.encodedImageString;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Image message.
             * @function verify
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Image.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.colorspace != null && $Object.hasOwnProperty.call(message, "colorspace"))
                    if (!$util.isInteger(message.colorspace))
                        return "colorspace: integer expected";
                if (message.encodedImageString != null && $Object.hasOwnProperty.call(message, "encodedImageString"))
                    if (!(message.encodedImageString && typeof message.encodedImageString.length === "number" || $util.isString(message.encodedImageString)))
                        return "encodedImageString: buffer expected";
                return null;
            };

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.Summary.Image} Image
             */
            Image.fromObject = function (object, _depth) {
                if (object instanceof $root.tensorboard.Summary.Image)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tensorboard.Summary.Image: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tensorboard.Summary.Image();
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height | 0;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width | 0;
                if (object.colorspace != null)
                    if ($Number(object.colorspace) !== 0)
                        message.colorspace = object.colorspace | 0;
                if (object.encodedImageString != null)
                    if (object.encodedImageString.length)
                        if (typeof object.encodedImageString === "string")
                            $util.base64.decode(object.encodedImageString, message.encodedImageString = $util.newBuffer($util.base64.length(object.encodedImageString)), 0);
                        else if (object.encodedImageString.length >= 0)
                            message.encodedImageString = object.encodedImageString;
                return message;
            };

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {tensorboard.Summary.Image} message Image
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Image.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.height = 0;
                    object.width = 0;
                    object.colorspace = 0;
                    if (options.bytes === $String)
                        object.encodedImageString = "";
                    else {
                        object.encodedImageString = [];
                        if (options.bytes !== $Array)
                            object.encodedImageString = $util.newBuffer(object.encodedImageString);
                    }
                }
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.colorspace != null && $Object.hasOwnProperty.call(message, "colorspace"))
                    object.colorspace = message.colorspace;
                if (message.encodedImageString != null && $Object.hasOwnProperty.call(message, "encodedImageString"))
                    object.encodedImageString = options.bytes === $String ? $util.base64.encode(message.encodedImageString, 0, message.encodedImageString.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.encodedImageString) : message.encodedImageString;
                return object;
            };

            /**
             * Converts this Image to JSON.
             * @function toJSON
             * @memberof tensorboard.Summary.Image
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Image.prototype.toJSON = function() {
                return Image.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Image
             * @function getTypeUrl
             * @memberof tensorboard.Summary.Image
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Image.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorboard.Summary.Image";
            };

            return Image;
        })();

        Summary.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} tensorboard.Summary.Value.$Properties
             * @property {string|null} [tag] Value tag
             * @property {number|null} [simpleValue] Value simpleValue
             * @property {tensorboard.Summary.Image.$Properties|null} [image] Value image
             * @property {tensorboard.HistogramProto.$Properties|null} [histo] Value histo
             * @property {tensorboard.TensorProto.$Properties|null} [tensor] Value tensor
             * @property {tensorboard.SummaryMetadata.$Properties|null} [metadata] Value metadata
             * @property {"simpleValue"|"image"|"histo"|"tensor"} [value] Value value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof tensorboard.Summary
             * @interface IValue
             * @augments tensorboard.Summary.Value.$Properties
             * @deprecated Use tensorboard.Summary.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   tag?: string|null;
             *   simpleValue?: number|null;
             *   image?: tensorboard.Summary.Image.$Shape|null;
             *   histo?: tensorboard.HistogramProto.$Shape|null;
             *   tensor?: tensorboard.TensorProto.$Shape|null;
             *   metadata?: tensorboard.SummaryMetadata.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; simpleValue?: null; image?: null; histo?: null; tensor?: null }|{ value?: "simpleValue"; simpleValue: number; image?: null; histo?: null; tensor?: null }|{ value?: "image"; simpleValue?: null; image: tensorboard.Summary.Image.$Shape; histo?: null; tensor?: null }|{ value?: "histo"; simpleValue?: null; image?: null; histo: tensorboard.HistogramProto.$Shape; tensor?: null }|{ value?: "tensor"; simpleValue?: null; image?: null; histo?: null; tensor: tensorboard.TensorProto.$Shape })
             * )} tensorboard.Summary.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof tensorboard.Summary
             * @classdesc Represents a Value.
             * @constructor
             * @param {tensorboard.Summary.Value.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Value tag.
             * @member {string} tag
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.tag = "";

            /**
             * Value simpleValue.
             * @member {number|null|undefined} simpleValue
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.simpleValue = null;

            /**
             * Value image.
             * @member {tensorboard.Summary.Image.$Properties|null|undefined} image
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.image = null;

            /**
             * Value histo.
             * @member {tensorboard.HistogramProto.$Properties|null|undefined} histo
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.histo = null;

            /**
             * Value tensor.
             * @member {tensorboard.TensorProto.$Properties|null|undefined} tensor
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.tensor = null;

            /**
             * Value metadata.
             * @member {tensorboard.SummaryMetadata.$Properties|null|undefined} metadata
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            Value.prototype.metadata = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value value.
             * @member {"simpleValue"|"image"|"histo"|"tensor"|undefined} value
             * @memberof tensorboard.Summary.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["simpleValue", "image", "histo", "tensor"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.Value.$Properties=} [properties] Properties to set
             * @returns {tensorboard.Summary.Value} Value instance
             * @type {{
             *   (properties: tensorboard.Summary.Value.$Shape): tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape;
             *   (properties?: tensorboard.Summary.Value.$Properties): tensorboard.Summary.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link tensorboard.Summary.Value.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag") && message.tag !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag);
                if (message.simpleValue != null && $Object.hasOwnProperty.call(message, "simpleValue"))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.simpleValue);
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    $root.tensorboard.Summary.Image.encode(message.image, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.histo != null && $Object.hasOwnProperty.call(message, "histo"))
                    $root.tensorboard.HistogramProto.encode(message.histo, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor"))
                    $root.tensorboard.TensorProto.encode(message.tensor, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    $root.tensorboard.SummaryMetadata.encode(message.metadata, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link tensorboard.Summary.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorboard.Summary.Value();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tag = value;
                            else
                                delete message.tag;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            message.simpleValue = reader.float();
                            message.value = "simpleValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.image = $root.tensorboard.Summary.Image.decode(reader, reader.size(), $undefined, _depth + 1, message.image);
                            message.value = "image";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.histo = $root.tensorboard.HistogramProto.decode(reader, reader.size(), $undefined, _depth + 1, message.histo);
                            message.value = "histo";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.tensor = $root.tensorboard.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor);
                            message.value = "tensor";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.metadata = $root.tensorboard.SummaryMetadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    if (!$util.isString(message.tag))
                        return "tag: string expected";
                if (message.simpleValue != null && $Object.hasOwnProperty.call(message, "simpleValue")) {
                    properties.value = 1;
                    if (typeof message.simpleValue !== "number")
                        return "simpleValue: number expected";
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.Summary.Image.verify(message.image, _depth + 1);
                        if (error)
                            return "image." + error;
                    }
                }
                if (message.histo != null && $Object.hasOwnProperty.call(message, "histo")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.HistogramProto.verify(message.histo, _depth + 1);
                        if (error)
                            return "histo." + error;
                    }
                }
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor")) {
                    if (properties.value === 1)
                        return "value: multiple values";
                    properties.value = 1;
                    {
                        let error = $root.tensorboard.TensorProto.verify(message.tensor, _depth + 1);
                        if (error)
                            return "tensor." + error;
                    }
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata")) {
                    let error = $root.tensorboard.SummaryMetadata.verify(message.metadata, _depth + 1);
                    if (error)
                        return "metadata." + error;
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.Summary.Value} Value
             */
            Value.fromObject = function (object, _depth) {
                if (object instanceof $root.tensorboard.Summary.Value)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tensorboard.Summary.Value: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tensorboard.Summary.Value();
                if (object.tag != null)
                    if (typeof object.tag !== "string" || object.tag.length)
                        message.tag = $String(object.tag);
                if (object.simpleValue != null)
                    message.simpleValue = $Number(object.simpleValue);
                if (object.image != null) {
                    if (!$util.isObject(object.image))
                        throw $TypeError(".tensorboard.Summary.Value.image: object expected");
                    message.image = $root.tensorboard.Summary.Image.fromObject(object.image, _depth + 1);
                }
                if (object.histo != null) {
                    if (!$util.isObject(object.histo))
                        throw $TypeError(".tensorboard.Summary.Value.histo: object expected");
                    message.histo = $root.tensorboard.HistogramProto.fromObject(object.histo, _depth + 1);
                }
                if (object.tensor != null) {
                    if (!$util.isObject(object.tensor))
                        throw $TypeError(".tensorboard.Summary.Value.tensor: object expected");
                    message.tensor = $root.tensorboard.TensorProto.fromObject(object.tensor, _depth + 1);
                }
                if (object.metadata != null) {
                    if (!$util.isObject(object.metadata))
                        throw $TypeError(".tensorboard.Summary.Value.metadata: object expected");
                    message.metadata = $root.tensorboard.SummaryMetadata.fromObject(object.metadata, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {tensorboard.Summary.Value} message Value
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.tag = "";
                    object.metadata = null;
                }
                if (message.tag != null && $Object.hasOwnProperty.call(message, "tag"))
                    object.tag = message.tag;
                if (message.simpleValue != null && $Object.hasOwnProperty.call(message, "simpleValue")) {
                    object.simpleValue = options.json && !$isFinite(message.simpleValue) ? $String(message.simpleValue) : message.simpleValue;
                    if (options.oneofs)
                        object.value = "simpleValue";
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image")) {
                    object.image = $root.tensorboard.Summary.Image.toObject(message.image, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "image";
                }
                if (message.histo != null && $Object.hasOwnProperty.call(message, "histo")) {
                    object.histo = $root.tensorboard.HistogramProto.toObject(message.histo, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "histo";
                }
                if (message.tensor != null && $Object.hasOwnProperty.call(message, "tensor")) {
                    object.tensor = $root.tensorboard.TensorProto.toObject(message.tensor, options, _depth + 1);
                    if (options.oneofs)
                        object.value = "tensor";
                }
                if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                    object.metadata = $root.tensorboard.SummaryMetadata.toObject(message.metadata, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof tensorboard.Summary.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof tensorboard.Summary.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorboard.Summary.Value";
            };

            return Value;
        })();

        return Summary;
    })();

    tensorboard.HistogramProto = (function() {

        /**
         * Properties of a HistogramProto.
         * @typedef {Object} tensorboard.HistogramProto.$Properties
         * @property {number|null} [min] HistogramProto min
         * @property {number|null} [max] HistogramProto max
         * @property {number|null} [num] HistogramProto num
         * @property {number|null} [sum] HistogramProto sum
         * @property {number|null} [sumSquares] HistogramProto sumSquares
         * @property {Array.<number>|null} [bucketLimit] HistogramProto bucketLimit
         * @property {Array.<number>|null} [bucket] HistogramProto bucket
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistogramProto.
         * @memberof tensorboard
         * @interface IHistogramProto
         * @augments tensorboard.HistogramProto.$Properties
         * @deprecated Use tensorboard.HistogramProto.$Properties instead.
         */

        /**
         * Shape of a HistogramProto.
         * @typedef {tensorboard.HistogramProto.$Properties} tensorboard.HistogramProto.$Shape
         */

        /**
         * Constructs a new HistogramProto.
         * @memberof tensorboard
         * @classdesc Represents a HistogramProto.
         * @constructor
         * @param {tensorboard.HistogramProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistogramProto = function (properties) {
            this.bucketLimit = [];
            this.bucket = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistogramProto min.
         * @member {number} min
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.min = 0;

        /**
         * HistogramProto max.
         * @member {number} max
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.max = 0;

        /**
         * HistogramProto num.
         * @member {number} num
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.num = 0;

        /**
         * HistogramProto sum.
         * @member {number} sum
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.sum = 0;

        /**
         * HistogramProto sumSquares.
         * @member {number} sumSquares
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.sumSquares = 0;

        /**
         * HistogramProto bucketLimit.
         * @member {Array.<number>} bucketLimit
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.bucketLimit = $util.emptyArray;

        /**
         * HistogramProto bucket.
         * @member {Array.<number>} bucket
         * @memberof tensorboard.HistogramProto
         * @instance
         */
        HistogramProto.prototype.bucket = $util.emptyArray;

        /**
         * Creates a new HistogramProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.HistogramProto.$Properties=} [properties] Properties to set
         * @returns {tensorboard.HistogramProto} HistogramProto instance
         * @type {{
         *   (properties: tensorboard.HistogramProto.$Shape): tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape;
         *   (properties?: tensorboard.HistogramProto.$Properties): tensorboard.HistogramProto;
         * }}
         */
        HistogramProto.create = function(properties) {
            return new HistogramProto(properties);
        };

        /**
         * Encodes the specified HistogramProto message. Does not implicitly {@link tensorboard.HistogramProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.HistogramProto.$Properties} message HistogramProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistogramProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.min != null && $Object.hasOwnProperty.call(message, "min") && !$Object.is(message.min, 0))
                writer.uint32(/* id 1, wireType 1 =*/9).double(message.min);
            if (message.max != null && $Object.hasOwnProperty.call(message, "max") && !$Object.is(message.max, 0))
                writer.uint32(/* id 2, wireType 1 =*/17).double(message.max);
            if (message.num != null && $Object.hasOwnProperty.call(message, "num") && !$Object.is(message.num, 0))
                writer.uint32(/* id 3, wireType 1 =*/25).double(message.num);
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.sum);
            if (message.sumSquares != null && $Object.hasOwnProperty.call(message, "sumSquares") && !$Object.is(message.sumSquares, 0))
                writer.uint32(/* id 5, wireType 1 =*/41).double(message.sumSquares);
            if (message.bucketLimit != null && message.bucketLimit.length)
                writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.bucketLimit);
            if (message.bucket != null && message.bucket.length)
                writer.uint32(/* id 7, wireType 2 =*/58).doubles(message.bucket);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HistogramProto message, length delimited. Does not implicitly {@link tensorboard.HistogramProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.HistogramProto.$Properties} message HistogramProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistogramProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HistogramProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape} HistogramProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistogramProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.HistogramProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.min = value;
                        else
                            delete message.min;
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.max = value;
                        else
                            delete message.max;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.num = value;
                        else
                            delete message.num;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.sum = value;
                        else
                            delete message.sum;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.sumSquares = value;
                        else
                            delete message.sumSquares;
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.bucketLimit && message.bucketLimit.length))
                                message.bucketLimit = [];
                            reader.doubles(message.bucketLimit);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.bucketLimit && message.bucketLimit.length))
                            message.bucketLimit = [];
                        message.bucketLimit.push(reader.double());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.bucket && message.bucket.length))
                                message.bucket = [];
                            reader.doubles(message.bucket);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.bucket && message.bucket.length))
                            message.bucket = [];
                        message.bucket.push(reader.double());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a HistogramProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape} HistogramProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistogramProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HistogramProto message.
         * @function verify
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HistogramProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                if (typeof message.min !== "number")
                    return "min: number expected";
            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                if (typeof message.max !== "number")
                    return "max: number expected";
            if (message.num != null && $Object.hasOwnProperty.call(message, "num"))
                if (typeof message.num !== "number")
                    return "num: number expected";
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                if (typeof message.sum !== "number")
                    return "sum: number expected";
            if (message.sumSquares != null && $Object.hasOwnProperty.call(message, "sumSquares"))
                if (typeof message.sumSquares !== "number")
                    return "sumSquares: number expected";
            if (message.bucketLimit != null && $Object.hasOwnProperty.call(message, "bucketLimit")) {
                if (!$Array.isArray(message.bucketLimit))
                    return "bucketLimit: array expected";
                for (let i = 0; i < message.bucketLimit.length; ++i)
                    if (typeof message.bucketLimit[i] !== "number")
                        return "bucketLimit: number[] expected";
            }
            if (message.bucket != null && $Object.hasOwnProperty.call(message, "bucket")) {
                if (!$Array.isArray(message.bucket))
                    return "bucket: array expected";
                for (let i = 0; i < message.bucket.length; ++i)
                    if (typeof message.bucket[i] !== "number")
                        return "bucket: number[] expected";
            }
            return null;
        };

        /**
         * Creates a HistogramProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.HistogramProto} HistogramProto
         */
        HistogramProto.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.HistogramProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.HistogramProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.HistogramProto();
            if (object.min != null)
                if (!$Object.is($Number(object.min), 0))
                    message.min = $Number(object.min);
            if (object.max != null)
                if (!$Object.is($Number(object.max), 0))
                    message.max = $Number(object.max);
            if (object.num != null)
                if (!$Object.is($Number(object.num), 0))
                    message.num = $Number(object.num);
            if (object.sum != null)
                if (!$Object.is($Number(object.sum), 0))
                    message.sum = $Number(object.sum);
            if (object.sumSquares != null)
                if (!$Object.is($Number(object.sumSquares), 0))
                    message.sumSquares = $Number(object.sumSquares);
            if (object.bucketLimit) {
                if (!$Array.isArray(object.bucketLimit))
                    throw $TypeError(".tensorboard.HistogramProto.bucketLimit: array expected");
                message.bucketLimit = $Array(object.bucketLimit.length);
                for (let i = 0; i < object.bucketLimit.length; ++i)
                    message.bucketLimit[i] = $Number(object.bucketLimit[i]);
            }
            if (object.bucket) {
                if (!$Array.isArray(object.bucket))
                    throw $TypeError(".tensorboard.HistogramProto.bucket: array expected");
                message.bucket = $Array(object.bucket.length);
                for (let i = 0; i < object.bucket.length; ++i)
                    message.bucket[i] = $Number(object.bucket[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a HistogramProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {tensorboard.HistogramProto} message HistogramProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HistogramProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.bucketLimit = [];
                object.bucket = [];
            }
            if (options.defaults) {
                object.min = 0;
                object.max = 0;
                object.num = 0;
                object.sum = 0;
                object.sumSquares = 0;
            }
            if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                object.min = options.json && !$isFinite(message.min) ? $String(message.min) : message.min;
            if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                object.max = options.json && !$isFinite(message.max) ? $String(message.max) : message.max;
            if (message.num != null && $Object.hasOwnProperty.call(message, "num"))
                object.num = options.json && !$isFinite(message.num) ? $String(message.num) : message.num;
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
            if (message.sumSquares != null && $Object.hasOwnProperty.call(message, "sumSquares"))
                object.sumSquares = options.json && !$isFinite(message.sumSquares) ? $String(message.sumSquares) : message.sumSquares;
            if (message.bucketLimit && message.bucketLimit.length) {
                object.bucketLimit = $Array(message.bucketLimit.length);
                for (let j = 0; j < message.bucketLimit.length; ++j)
                    object.bucketLimit[j] = options.json && !$isFinite(message.bucketLimit[j]) ? $String(message.bucketLimit[j]) : message.bucketLimit[j];
            }
            if (message.bucket && message.bucket.length) {
                object.bucket = $Array(message.bucket.length);
                for (let j = 0; j < message.bucket.length; ++j)
                    object.bucket[j] = options.json && !$isFinite(message.bucket[j]) ? $String(message.bucket[j]) : message.bucket[j];
            }
            return object;
        };

        /**
         * Converts this HistogramProto to JSON.
         * @function toJSON
         * @memberof tensorboard.HistogramProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HistogramProto.prototype.toJSON = function() {
            return HistogramProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HistogramProto
         * @function getTypeUrl
         * @memberof tensorboard.HistogramProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HistogramProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.HistogramProto";
        };

        return HistogramProto;
    })();

    tensorboard.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} tensorboard.TensorProto.$Properties
         * @property {tensorboard.DataType|null} [dtype] TensorProto dtype
         * @property {tensorboard.TensorShapeProto.$Properties|null} [tensorShape] TensorProto tensorShape
         * @property {number|null} [versionNumber] TensorProto versionNumber
         * @property {Uint8Array|null} [tensorContent] TensorProto tensorContent
         * @property {Array.<number>|null} [floatVal] TensorProto floatVal
         * @property {Array.<number>|null} [doubleVal] TensorProto doubleVal
         * @property {Array.<number>|null} [intVal] TensorProto intVal
         * @property {Array.<Uint8Array>|null} [stringVal] TensorProto stringVal
         * @property {Array.<number|Long>|null} [int64Val] TensorProto int64Val
         * @property {Array.<boolean>|null} [boolVal] TensorProto boolVal
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof tensorboard
         * @interface ITensorProto
         * @augments tensorboard.TensorProto.$Properties
         * @deprecated Use tensorboard.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {tensorboard.TensorProto.$Properties} tensorboard.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof tensorboard
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {tensorboard.TensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (properties) {
            this.floatVal = [];
            this.doubleVal = [];
            this.intVal = [];
            this.stringVal = [];
            this.int64Val = [];
            this.boolVal = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProto dtype.
         * @member {tensorboard.DataType} dtype
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.dtype = 0;

        /**
         * TensorProto tensorShape.
         * @member {tensorboard.TensorShapeProto.$Properties|null|undefined} tensorShape
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorShape = null;

        /**
         * TensorProto versionNumber.
         * @member {number} versionNumber
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.versionNumber = 0;

        /**
         * TensorProto tensorContent.
         * @member {Uint8Array} tensorContent
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.tensorContent = $util.newBuffer([]);

        /**
         * TensorProto floatVal.
         * @member {Array.<number>} floatVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.floatVal = $util.emptyArray;

        /**
         * TensorProto doubleVal.
         * @member {Array.<number>} doubleVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.doubleVal = $util.emptyArray;

        /**
         * TensorProto intVal.
         * @member {Array.<number>} intVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.intVal = $util.emptyArray;

        /**
         * TensorProto stringVal.
         * @member {Array.<Uint8Array>} stringVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.stringVal = $util.emptyArray;

        /**
         * TensorProto int64Val.
         * @member {Array.<number|Long>} int64Val
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.int64Val = $util.emptyArray;

        /**
         * TensorProto boolVal.
         * @member {Array.<boolean>} boolVal
         * @memberof tensorboard.TensorProto
         * @instance
         */
        TensorProto.prototype.boolVal = $util.emptyArray;

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.TensorProto.$Properties=} [properties] Properties to set
         * @returns {tensorboard.TensorProto} TensorProto instance
         * @type {{
         *   (properties: tensorboard.TensorProto.$Shape): tensorboard.TensorProto & tensorboard.TensorProto.$Shape;
         *   (properties?: tensorboard.TensorProto.$Properties): tensorboard.TensorProto;
         * }}
         */
        TensorProto.create = function(properties) {
            return new TensorProto(properties);
        };

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorboard.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dtype);
            if (message.tensorShape != null && $Object.hasOwnProperty.call(message, "tensorShape"))
                $root.tensorboard.TensorShapeProto.encode(message.tensorShape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.versionNumber != null && $Object.hasOwnProperty.call(message, "versionNumber") && message.versionNumber !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.versionNumber);
            if (message.tensorContent != null && $Object.hasOwnProperty.call(message, "tensorContent") && message.tensorContent.length)
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.tensorContent);
            if (message.floatVal != null && message.floatVal.length)
                writer.uint32(/* id 5, wireType 2 =*/42).floats(message.floatVal);
            if (message.doubleVal != null && message.doubleVal.length)
                writer.uint32(/* id 6, wireType 2 =*/50).doubles(message.doubleVal);
            if (message.intVal != null && message.intVal.length)
                writer.uint32(/* id 7, wireType 2 =*/58).int32s(message.intVal);
            if (message.stringVal != null && message.stringVal.length)
                for (let i = 0; i < message.stringVal.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.stringVal[i]);
            if (message.int64Val != null && message.int64Val.length)
                writer.uint32(/* id 10, wireType 2 =*/82).int64s(message.int64Val);
            if (message.boolVal != null && message.boolVal.length)
                writer.uint32(/* id 11, wireType 2 =*/90).bools(message.boolVal);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorProto message, length delimited. Does not implicitly {@link tensorboard.TensorProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TensorProto & tensorboard.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.TensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.dtype = value;
                        else
                            delete message.dtype;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.tensorShape = $root.tensorboard.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tensorShape);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.versionNumber = value;
                        else
                            delete message.versionNumber;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.tensorContent = value;
                        else
                            delete message.tensorContent;
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.floatVal && message.floatVal.length))
                                message.floatVal = [];
                            reader.floats(message.floatVal);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floatVal && message.floatVal.length))
                            message.floatVal = [];
                        message.floatVal.push(reader.float());
                        continue;
                    }
                case 6: {
                        if (wireType === 2) {
                            if (!(message.doubleVal && message.doubleVal.length))
                                message.doubleVal = [];
                            reader.doubles(message.doubleVal);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.doubleVal && message.doubleVal.length))
                            message.doubleVal = [];
                        message.doubleVal.push(reader.double());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.intVal && message.intVal.length))
                                message.intVal = [];
                            reader.int32s(message.intVal);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.intVal && message.intVal.length))
                            message.intVal = [];
                        message.intVal.push(reader.int32());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.stringVal && message.stringVal.length))
                            message.stringVal = [];
                        message.stringVal.push(reader.bytes());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.int64Val && message.int64Val.length))
                                message.int64Val = [];
                            reader.int64s(message.int64Val);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64Val && message.int64Val.length))
                            message.int64Val = [];
                        message.int64Val.push(reader.int64());
                        continue;
                    }
                case 11: {
                        if (wireType === 2) {
                            if (!(message.boolVal && message.boolVal.length))
                                message.boolVal = [];
                            reader.bools(message.boolVal);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.boolVal && message.boolVal.length))
                            message.boolVal = [];
                        message.boolVal.push(reader.bool());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.TensorProto & tensorboard.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorProto message.
         * @function verify
         * @memberof tensorboard.TensorProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                if (typeof message.dtype !== "number" || (message.dtype | 0) !== message.dtype)
                    return "dtype: enum value expected";
            if (message.tensorShape != null && $Object.hasOwnProperty.call(message, "tensorShape")) {
                let error = $root.tensorboard.TensorShapeProto.verify(message.tensorShape, _depth + 1);
                if (error)
                    return "tensorShape." + error;
            }
            if (message.versionNumber != null && $Object.hasOwnProperty.call(message, "versionNumber"))
                if (!$util.isInteger(message.versionNumber))
                    return "versionNumber: integer expected";
            if (message.tensorContent != null && $Object.hasOwnProperty.call(message, "tensorContent"))
                if (!(message.tensorContent && typeof message.tensorContent.length === "number" || $util.isString(message.tensorContent)))
                    return "tensorContent: buffer expected";
            if (message.floatVal != null && $Object.hasOwnProperty.call(message, "floatVal")) {
                if (!$Array.isArray(message.floatVal))
                    return "floatVal: array expected";
                for (let i = 0; i < message.floatVal.length; ++i)
                    if (typeof message.floatVal[i] !== "number")
                        return "floatVal: number[] expected";
            }
            if (message.doubleVal != null && $Object.hasOwnProperty.call(message, "doubleVal")) {
                if (!$Array.isArray(message.doubleVal))
                    return "doubleVal: array expected";
                for (let i = 0; i < message.doubleVal.length; ++i)
                    if (typeof message.doubleVal[i] !== "number")
                        return "doubleVal: number[] expected";
            }
            if (message.intVal != null && $Object.hasOwnProperty.call(message, "intVal")) {
                if (!$Array.isArray(message.intVal))
                    return "intVal: array expected";
                for (let i = 0; i < message.intVal.length; ++i)
                    if (!$util.isInteger(message.intVal[i]))
                        return "intVal: integer[] expected";
            }
            if (message.stringVal != null && $Object.hasOwnProperty.call(message, "stringVal")) {
                if (!$Array.isArray(message.stringVal))
                    return "stringVal: array expected";
                for (let i = 0; i < message.stringVal.length; ++i)
                    if (!(message.stringVal[i] && typeof message.stringVal[i].length === "number" || $util.isString(message.stringVal[i])))
                        return "stringVal: buffer[] expected";
            }
            if (message.int64Val != null && $Object.hasOwnProperty.call(message, "int64Val")) {
                if (!$Array.isArray(message.int64Val))
                    return "int64Val: array expected";
                for (let i = 0; i < message.int64Val.length; ++i)
                    if (!$util.isInteger(message.int64Val[i]) && !(message.int64Val[i] && $util.isInteger(message.int64Val[i].low) && $util.isInteger(message.int64Val[i].high)))
                        return "int64Val: integer|Long[] expected";
            }
            if (message.boolVal != null && $Object.hasOwnProperty.call(message, "boolVal")) {
                if (!$Array.isArray(message.boolVal))
                    return "boolVal: array expected";
                for (let i = 0; i < message.boolVal.length; ++i)
                    if (typeof message.boolVal[i] !== "boolean")
                        return "boolVal: boolean[] expected";
            }
            return null;
        };

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TensorProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TensorProto} TensorProto
         */
        TensorProto.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.TensorProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.TensorProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.TensorProto();
            if (object.dtype !== 0 && (typeof object.dtype !== "string" || $root.tensorboard.DataType[object.dtype] !== 0))
                switch (object.dtype) {
                case "DT_INVALID":
                case 0:
                    message.dtype = 0;
                    break;
                case "DT_FLOAT":
                case 1:
                    message.dtype = 1;
                    break;
                case "DT_DOUBLE":
                case 2:
                    message.dtype = 2;
                    break;
                case "DT_INT32":
                case 3:
                    message.dtype = 3;
                    break;
                case "DT_UINT8":
                case 4:
                    message.dtype = 4;
                    break;
                case "DT_STRING":
                case 7:
                    message.dtype = 7;
                    break;
                case "DT_INT64":
                case 9:
                    message.dtype = 9;
                    break;
                case "DT_BOOL":
                case 10:
                    message.dtype = 10;
                    break;
                default:
                    if (typeof object.dtype === "number" && (object.dtype | 0) === object.dtype)
                        message.dtype = object.dtype;
                }
            if (object.tensorShape != null) {
                if (!$util.isObject(object.tensorShape))
                    throw $TypeError(".tensorboard.TensorProto.tensorShape: object expected");
                message.tensorShape = $root.tensorboard.TensorShapeProto.fromObject(object.tensorShape, _depth + 1);
            }
            if (object.versionNumber != null)
                if ($Number(object.versionNumber) !== 0)
                    message.versionNumber = object.versionNumber | 0;
            if (object.tensorContent != null)
                if (object.tensorContent.length)
                    if (typeof object.tensorContent === "string")
                        $util.base64.decode(object.tensorContent, message.tensorContent = $util.newBuffer($util.base64.length(object.tensorContent)), 0);
                    else if (object.tensorContent.length >= 0)
                        message.tensorContent = object.tensorContent;
            if (object.floatVal) {
                if (!$Array.isArray(object.floatVal))
                    throw $TypeError(".tensorboard.TensorProto.floatVal: array expected");
                message.floatVal = $Array(object.floatVal.length);
                for (let i = 0; i < object.floatVal.length; ++i)
                    message.floatVal[i] = $Number(object.floatVal[i]);
            }
            if (object.doubleVal) {
                if (!$Array.isArray(object.doubleVal))
                    throw $TypeError(".tensorboard.TensorProto.doubleVal: array expected");
                message.doubleVal = $Array(object.doubleVal.length);
                for (let i = 0; i < object.doubleVal.length; ++i)
                    message.doubleVal[i] = $Number(object.doubleVal[i]);
            }
            if (object.intVal) {
                if (!$Array.isArray(object.intVal))
                    throw $TypeError(".tensorboard.TensorProto.intVal: array expected");
                message.intVal = $Array(object.intVal.length);
                for (let i = 0; i < object.intVal.length; ++i)
                    message.intVal[i] = object.intVal[i] | 0;
            }
            if (object.stringVal) {
                if (!$Array.isArray(object.stringVal))
                    throw $TypeError(".tensorboard.TensorProto.stringVal: array expected");
                message.stringVal = $Array(object.stringVal.length);
                for (let i = 0; i < object.stringVal.length; ++i)
                    if (typeof object.stringVal[i] === "string")
                        $util.base64.decode(object.stringVal[i], message.stringVal[i] = $util.newBuffer($util.base64.length(object.stringVal[i])), 0);
                    else if (object.stringVal[i].length >= 0)
                        message.stringVal[i] = object.stringVal[i];
            }
            if (object.int64Val) {
                if (!$Array.isArray(object.int64Val))
                    throw $TypeError(".tensorboard.TensorProto.int64Val: array expected");
                message.int64Val = $Array(object.int64Val.length);
                for (let i = 0; i < object.int64Val.length; ++i)
                    if ($util.Long)
                        message.int64Val[i] = $util.Long.fromValue(object.int64Val[i], false);
                    else if (typeof object.int64Val[i] === "string")
                        message.int64Val[i] = $parseInt(object.int64Val[i], 10);
                    else if (typeof object.int64Val[i] === "number")
                        message.int64Val[i] = object.int64Val[i];
                    else if (typeof object.int64Val[i] === "object")
                        message.int64Val[i] = new $util.LongBits(object.int64Val[i].low >>> 0, object.int64Val[i].high >>> 0).toNumber();
            }
            if (object.boolVal) {
                if (!$Array.isArray(object.boolVal))
                    throw $TypeError(".tensorboard.TensorProto.boolVal: array expected");
                message.boolVal = $Array(object.boolVal.length);
                for (let i = 0; i < object.boolVal.length; ++i)
                    message.boolVal[i] = $Boolean(object.boolVal[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TensorProto
         * @static
         * @param {tensorboard.TensorProto} message TensorProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.floatVal = [];
                object.doubleVal = [];
                object.intVal = [];
                object.stringVal = [];
                object.int64Val = [];
                object.boolVal = [];
            }
            if (options.defaults) {
                object.dtype = options.enums === $String ? "DT_INVALID" : 0;
                object.tensorShape = null;
                object.versionNumber = 0;
                if (options.bytes === $String)
                    object.tensorContent = "";
                else {
                    object.tensorContent = [];
                    if (options.bytes !== $Array)
                        object.tensorContent = $util.newBuffer(object.tensorContent);
                }
            }
            if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                object.dtype = options.enums === $String ? $root.tensorboard.DataType[message.dtype] === $undefined ? message.dtype : $root.tensorboard.DataType[message.dtype] : message.dtype;
            if (message.tensorShape != null && $Object.hasOwnProperty.call(message, "tensorShape"))
                object.tensorShape = $root.tensorboard.TensorShapeProto.toObject(message.tensorShape, options, _depth + 1);
            if (message.versionNumber != null && $Object.hasOwnProperty.call(message, "versionNumber"))
                object.versionNumber = message.versionNumber;
            if (message.tensorContent != null && $Object.hasOwnProperty.call(message, "tensorContent"))
                object.tensorContent = options.bytes === $String ? $util.base64.encode(message.tensorContent, 0, message.tensorContent.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tensorContent) : message.tensorContent;
            if (message.floatVal && message.floatVal.length) {
                object.floatVal = $Array(message.floatVal.length);
                for (let j = 0; j < message.floatVal.length; ++j)
                    object.floatVal[j] = options.json && !$isFinite(message.floatVal[j]) ? $String(message.floatVal[j]) : message.floatVal[j];
            }
            if (message.doubleVal && message.doubleVal.length) {
                object.doubleVal = $Array(message.doubleVal.length);
                for (let j = 0; j < message.doubleVal.length; ++j)
                    object.doubleVal[j] = options.json && !$isFinite(message.doubleVal[j]) ? $String(message.doubleVal[j]) : message.doubleVal[j];
            }
            if (message.intVal && message.intVal.length) {
                object.intVal = $Array(message.intVal.length);
                for (let j = 0; j < message.intVal.length; ++j)
                    object.intVal[j] = message.intVal[j];
            }
            if (message.stringVal && message.stringVal.length) {
                object.stringVal = $Array(message.stringVal.length);
                for (let j = 0; j < message.stringVal.length; ++j)
                    object.stringVal[j] = options.bytes === $String ? $util.base64.encode(message.stringVal[j], 0, message.stringVal[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.stringVal[j]) : message.stringVal[j];
            }
            if (message.int64Val && message.int64Val.length) {
                object.int64Val = $Array(message.int64Val.length);
                for (let j = 0; j < message.int64Val.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.int64Val[j] = typeof message.int64Val[j] === "number" ? $BigInt(message.int64Val[j]) : $util.Long.fromBits(message.int64Val[j].low >>> 0, message.int64Val[j].high >>> 0, false).toBigInt();
                    else if (typeof message.int64Val[j] === "number")
                        object.int64Val[j] = options.longs === $String ? $String(message.int64Val[j]) : message.int64Val[j];
                    else
                        object.int64Val[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.int64Val[j]) : options.longs === $Number ? new $util.LongBits(message.int64Val[j].low >>> 0, message.int64Val[j].high >>> 0).toNumber() : message.int64Val[j];
            }
            if (message.boolVal && message.boolVal.length) {
                object.boolVal = $Array(message.boolVal.length);
                for (let j = 0; j < message.boolVal.length; ++j)
                    object.boolVal[j] = message.boolVal[j];
            }
            return object;
        };

        /**
         * Converts this TensorProto to JSON.
         * @function toJSON
         * @memberof tensorboard.TensorProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorProto.prototype.toJSON = function() {
            return TensorProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof tensorboard.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.TensorProto";
        };

        return TensorProto;
    })();

    tensorboard.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @typedef {Object} tensorboard.TensorShapeProto.$Properties
         * @property {Array.<tensorboard.TensorShapeProto.Dim.$Properties>|null} [dim] TensorShapeProto dim
         * @property {boolean|null} [unknownRank] TensorShapeProto unknownRank
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapeProto.
         * @memberof tensorboard
         * @interface ITensorShapeProto
         * @augments tensorboard.TensorShapeProto.$Properties
         * @deprecated Use tensorboard.TensorShapeProto.$Properties instead.
         */

        /**
         * Shape of a TensorShapeProto.
         * @typedef {tensorboard.TensorShapeProto.$Properties} tensorboard.TensorShapeProto.$Shape
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof tensorboard
         * @classdesc Represents a TensorShapeProto.
         * @constructor
         * @param {tensorboard.TensorShapeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapeProto = function (properties) {
            this.dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShapeProto dim.
         * @member {Array.<tensorboard.TensorShapeProto.Dim.$Properties>} dim
         * @memberof tensorboard.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * TensorShapeProto unknownRank.
         * @member {boolean} unknownRank
         * @memberof tensorboard.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.unknownRank = false;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @function create
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.TensorShapeProto.$Properties=} [properties] Properties to set
         * @returns {tensorboard.TensorShapeProto} TensorShapeProto instance
         * @type {{
         *   (properties: tensorboard.TensorShapeProto.$Shape): tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape;
         *   (properties?: tensorboard.TensorShapeProto.$Properties): tensorboard.TensorShapeProto;
         * }}
         */
        TensorShapeProto.create = function(properties) {
            return new TensorShapeProto(properties);
        };

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorboard.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim != null && message.dim.length)
                for (let i = 0; i < message.dim.length; ++i)
                    $root.tensorboard.TensorShapeProto.Dim.encode(message.dim[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.unknownRank != null && $Object.hasOwnProperty.call(message, "unknownRank") && message.unknownRank !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.unknownRank);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TensorShapeProto message, length delimited. Does not implicitly {@link tensorboard.TensorShapeProto.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.TensorShapeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.tensorboard.TensorShapeProto.Dim.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unknownRank = value;
                        else
                            delete message.unknownRank;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TensorShapeProto message.
         * @function verify
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TensorShapeProto.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.dim != null && $Object.hasOwnProperty.call(message, "dim")) {
                if (!$Array.isArray(message.dim))
                    return "dim: array expected";
                for (let i = 0; i < message.dim.length; ++i) {
                    let error = $root.tensorboard.TensorShapeProto.Dim.verify(message.dim[i], _depth + 1);
                    if (error)
                        return "dim." + error;
                }
            }
            if (message.unknownRank != null && $Object.hasOwnProperty.call(message, "unknownRank"))
                if (typeof message.unknownRank !== "boolean")
                    return "unknownRank: boolean expected";
            return null;
        };

        /**
         * Creates a TensorShapeProto message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TensorShapeProto} TensorShapeProto
         */
        TensorShapeProto.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.TensorShapeProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.TensorShapeProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.TensorShapeProto();
            if (object.dim) {
                if (!$Array.isArray(object.dim))
                    throw $TypeError(".tensorboard.TensorShapeProto.dim: array expected");
                message.dim = $Array(object.dim.length);
                for (let i = 0; i < object.dim.length; ++i) {
                    if (!$util.isObject(object.dim[i]))
                        throw $TypeError(".tensorboard.TensorShapeProto.dim: object expected");
                    message.dim[i] = $root.tensorboard.TensorShapeProto.Dim.fromObject(object.dim[i], _depth + 1);
                }
            }
            if (object.unknownRank != null)
                if (object.unknownRank)
                    message.unknownRank = $Boolean(object.unknownRank);
            return message;
        };

        /**
         * Creates a plain object from a TensorShapeProto message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {tensorboard.TensorShapeProto} message TensorShapeProto
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TensorShapeProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.dim = [];
            if (options.defaults)
                object.unknownRank = false;
            if (message.dim && message.dim.length) {
                object.dim = $Array(message.dim.length);
                for (let j = 0; j < message.dim.length; ++j)
                    object.dim[j] = $root.tensorboard.TensorShapeProto.Dim.toObject(message.dim[j], options, _depth + 1);
            }
            if (message.unknownRank != null && $Object.hasOwnProperty.call(message, "unknownRank"))
                object.unknownRank = message.unknownRank;
            return object;
        };

        /**
         * Converts this TensorShapeProto to JSON.
         * @function toJSON
         * @memberof tensorboard.TensorShapeProto
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TensorShapeProto.prototype.toJSON = function() {
            return TensorShapeProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof tensorboard.TensorShapeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.TensorShapeProto";
        };

        TensorShapeProto.Dim = (function() {

            /**
             * Properties of a Dim.
             * @typedef {Object} tensorboard.TensorShapeProto.Dim.$Properties
             * @property {number|Long|null} [size] Dim size
             * @property {string|null} [name] Dim name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dim.
             * @memberof tensorboard.TensorShapeProto
             * @interface IDim
             * @augments tensorboard.TensorShapeProto.Dim.$Properties
             * @deprecated Use tensorboard.TensorShapeProto.Dim.$Properties instead.
             */

            /**
             * Shape of a Dim.
             * @typedef {tensorboard.TensorShapeProto.Dim.$Properties} tensorboard.TensorShapeProto.Dim.$Shape
             */

            /**
             * Constructs a new Dim.
             * @memberof tensorboard.TensorShapeProto
             * @classdesc Represents a Dim.
             * @constructor
             * @param {tensorboard.TensorShapeProto.Dim.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dim = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dim size.
             * @member {number|Long} size
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Dim name.
             * @member {string} name
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             */
            Dim.prototype.name = "";

            /**
             * Creates a new Dim instance using the specified properties.
             * @function create
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.Dim.$Properties=} [properties] Properties to set
             * @returns {tensorboard.TensorShapeProto.Dim} Dim instance
             * @type {{
             *   (properties: tensorboard.TensorShapeProto.Dim.$Shape): tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape;
             *   (properties?: tensorboard.TensorShapeProto.Dim.$Properties): tensorboard.TensorShapeProto.Dim;
             * }}
             */
            Dim.create = function(properties) {
                return new Dim(properties);
            };

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorboard.TensorShapeProto.Dim.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.Dim.$Properties} message Dim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dim.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.size);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Dim message, length delimited. Does not implicitly {@link tensorboard.TensorShapeProto.Dim.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.Dim.$Properties} message Dim message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dim.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dim.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorboard.TensorShapeProto.Dim();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Dim message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dim.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Dim message.
             * @function verify
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Dim.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                        return "size: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates a Dim message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.TensorShapeProto.Dim} Dim
             */
            Dim.fromObject = function (object, _depth) {
                if (object instanceof $root.tensorboard.TensorShapeProto.Dim)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tensorboard.TensorShapeProto.Dim: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tensorboard.TensorShapeProto.Dim();
                if (object.size != null)
                    if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                        if ($util.Long)
                            message.size = $util.Long.fromValue(object.size, false);
                        else if (typeof object.size === "string")
                            message.size = $parseInt(object.size, 10);
                        else if (typeof object.size === "number")
                            message.size = object.size;
                        else if (typeof object.size === "object")
                            message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a Dim message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {tensorboard.TensorShapeProto.Dim} message Dim
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Dim.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                }
                if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                    else if (typeof message.size === "number")
                        object.size = options.longs === $String ? $String(message.size) : message.size;
                    else
                        object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this Dim to JSON.
             * @function toJSON
             * @memberof tensorboard.TensorShapeProto.Dim
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Dim.prototype.toJSON = function() {
                return Dim.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Dim
             * @function getTypeUrl
             * @memberof tensorboard.TensorShapeProto.Dim
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dim.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorboard.TensorShapeProto.Dim";
            };

            return Dim;
        })();

        return TensorShapeProto;
    })();

    /**
     * DataType enum.
     * @name tensorboard.DataType
     * @enum {number}
     * @property {number} DT_INVALID=0 DT_INVALID value
     * @property {number} DT_FLOAT=1 DT_FLOAT value
     * @property {number} DT_DOUBLE=2 DT_DOUBLE value
     * @property {number} DT_INT32=3 DT_INT32 value
     * @property {number} DT_UINT8=4 DT_UINT8 value
     * @property {number} DT_STRING=7 DT_STRING value
     * @property {number} DT_INT64=9 DT_INT64 value
     * @property {number} DT_BOOL=10 DT_BOOL value
     */
    tensorboard.DataType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "DT_INVALID"] = 0;
        values[valuesById[1] = "DT_FLOAT"] = 1;
        values[valuesById[2] = "DT_DOUBLE"] = 2;
        values[valuesById[3] = "DT_INT32"] = 3;
        values[valuesById[4] = "DT_UINT8"] = 4;
        values[valuesById[7] = "DT_STRING"] = 7;
        values[valuesById[9] = "DT_INT64"] = 9;
        values[valuesById[10] = "DT_BOOL"] = 10;
        return values;
    })();

    tensorboard.Layout = (function() {

        /**
         * Properties of a Layout.
         * @typedef {Object} tensorboard.Layout.$Properties
         * @property {number|null} [version] Layout version
         * @property {Array.<tensorboard.Category.$Properties>|null} [category] Layout category
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Layout.
         * @memberof tensorboard
         * @interface ILayout
         * @augments tensorboard.Layout.$Properties
         * @deprecated Use tensorboard.Layout.$Properties instead.
         */

        /**
         * Shape of a Layout.
         * @typedef {{
         *   version?: number|null;
         *   category?: Array.<tensorboard.Category.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorboard.Layout.$Shape
         */

        /**
         * Constructs a new Layout.
         * @memberof tensorboard
         * @classdesc Represents a Layout.
         * @constructor
         * @param {tensorboard.Layout.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Layout = function (properties) {
            this.category = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Layout version.
         * @member {number} version
         * @memberof tensorboard.Layout
         * @instance
         */
        Layout.prototype.version = 0;

        /**
         * Layout category.
         * @member {Array.<tensorboard.Category.$Properties>} category
         * @memberof tensorboard.Layout
         * @instance
         */
        Layout.prototype.category = $util.emptyArray;

        /**
         * Creates a new Layout instance using the specified properties.
         * @function create
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.Layout.$Properties=} [properties] Properties to set
         * @returns {tensorboard.Layout} Layout instance
         * @type {{
         *   (properties: tensorboard.Layout.$Shape): tensorboard.Layout & tensorboard.Layout.$Shape;
         *   (properties?: tensorboard.Layout.$Properties): tensorboard.Layout;
         * }}
         */
        Layout.create = function(properties) {
            return new Layout(properties);
        };

        /**
         * Encodes the specified Layout message. Does not implicitly {@link tensorboard.Layout.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.Layout.$Properties} message Layout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Layout.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.category != null && message.category.length)
                for (let i = 0; i < message.category.length; ++i)
                    $root.tensorboard.Category.encode(message.category[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Layout message, length delimited. Does not implicitly {@link tensorboard.Layout.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.Layout.$Properties} message Layout message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Layout.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Layout message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Layout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Layout & tensorboard.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Layout.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.Layout();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.category && message.category.length))
                            message.category = [];
                        message.category.push($root.tensorboard.Category.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Layout message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.Layout
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.Layout & tensorboard.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Layout.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Layout message.
         * @function verify
         * @memberof tensorboard.Layout
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Layout.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.category != null && $Object.hasOwnProperty.call(message, "category")) {
                if (!$Array.isArray(message.category))
                    return "category: array expected";
                for (let i = 0; i < message.category.length; ++i) {
                    let error = $root.tensorboard.Category.verify(message.category[i], _depth + 1);
                    if (error)
                        return "category." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Layout message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Layout
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Layout} Layout
         */
        Layout.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.Layout)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.Layout: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.Layout();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version | 0;
            if (object.category) {
                if (!$Array.isArray(object.category))
                    throw $TypeError(".tensorboard.Layout.category: array expected");
                message.category = $Array(object.category.length);
                for (let i = 0; i < object.category.length; ++i) {
                    if (!$util.isObject(object.category[i]))
                        throw $TypeError(".tensorboard.Layout.category: object expected");
                    message.category[i] = $root.tensorboard.Category.fromObject(object.category[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Layout message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Layout
         * @static
         * @param {tensorboard.Layout} message Layout
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Layout.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.category = [];
            if (options.defaults)
                object.version = 0;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.category && message.category.length) {
                object.category = $Array(message.category.length);
                for (let j = 0; j < message.category.length; ++j)
                    object.category[j] = $root.tensorboard.Category.toObject(message.category[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Layout to JSON.
         * @function toJSON
         * @memberof tensorboard.Layout
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Layout.prototype.toJSON = function() {
            return Layout.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Layout
         * @function getTypeUrl
         * @memberof tensorboard.Layout
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Layout.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.Layout";
        };

        return Layout;
    })();

    tensorboard.Category = (function() {

        /**
         * Properties of a Category.
         * @typedef {Object} tensorboard.Category.$Properties
         * @property {string|null} [title] Category title
         * @property {Array.<tensorboard.Chart.$Properties>|null} [chart] Category chart
         * @property {boolean|null} [closed] Category closed
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Category.
         * @memberof tensorboard
         * @interface ICategory
         * @augments tensorboard.Category.$Properties
         * @deprecated Use tensorboard.Category.$Properties instead.
         */

        /**
         * Shape of a Category.
         * @typedef {{
         *   title?: string|null;
         *   chart?: Array.<tensorboard.Chart.$Shape>|null;
         *   closed?: boolean|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} tensorboard.Category.$Shape
         */

        /**
         * Constructs a new Category.
         * @memberof tensorboard
         * @classdesc Represents a Category.
         * @constructor
         * @param {tensorboard.Category.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Category = function (properties) {
            this.chart = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Category title.
         * @member {string} title
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.title = "";

        /**
         * Category chart.
         * @member {Array.<tensorboard.Chart.$Properties>} chart
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.chart = $util.emptyArray;

        /**
         * Category closed.
         * @member {boolean} closed
         * @memberof tensorboard.Category
         * @instance
         */
        Category.prototype.closed = false;

        /**
         * Creates a new Category instance using the specified properties.
         * @function create
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.Category.$Properties=} [properties] Properties to set
         * @returns {tensorboard.Category} Category instance
         * @type {{
         *   (properties: tensorboard.Category.$Shape): tensorboard.Category & tensorboard.Category.$Shape;
         *   (properties?: tensorboard.Category.$Properties): tensorboard.Category;
         * }}
         */
        Category.create = function(properties) {
            return new Category(properties);
        };

        /**
         * Encodes the specified Category message. Does not implicitly {@link tensorboard.Category.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.Category.$Properties} message Category message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Category.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
            if (message.chart != null && message.chart.length)
                for (let i = 0; i < message.chart.length; ++i)
                    $root.tensorboard.Chart.encode(message.chart[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.closed != null && $Object.hasOwnProperty.call(message, "closed") && message.closed !== false)
                writer.uint32(/* id 3, wireType 0 =*/24).bool(message.closed);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Category message, length delimited. Does not implicitly {@link tensorboard.Category.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.Category.$Properties} message Category message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Category.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Category message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Category
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Category & tensorboard.Category.$Shape} Category
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Category.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.Category();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.title = value;
                        else
                            delete message.title;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chart && message.chart.length))
                            message.chart = [];
                        message.chart.push($root.tensorboard.Chart.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.closed = value;
                        else
                            delete message.closed;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Category message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.Category
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.Category & tensorboard.Category.$Shape} Category
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Category.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Category message.
         * @function verify
         * @memberof tensorboard.Category
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Category.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                if (!$util.isString(message.title))
                    return "title: string expected";
            if (message.chart != null && $Object.hasOwnProperty.call(message, "chart")) {
                if (!$Array.isArray(message.chart))
                    return "chart: array expected";
                for (let i = 0; i < message.chart.length; ++i) {
                    let error = $root.tensorboard.Chart.verify(message.chart[i], _depth + 1);
                    if (error)
                        return "chart." + error;
                }
            }
            if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                if (typeof message.closed !== "boolean")
                    return "closed: boolean expected";
            return null;
        };

        /**
         * Creates a Category message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Category
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Category} Category
         */
        Category.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.Category)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.Category: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.Category();
            if (object.title != null)
                if (typeof object.title !== "string" || object.title.length)
                    message.title = $String(object.title);
            if (object.chart) {
                if (!$Array.isArray(object.chart))
                    throw $TypeError(".tensorboard.Category.chart: array expected");
                message.chart = $Array(object.chart.length);
                for (let i = 0; i < object.chart.length; ++i) {
                    if (!$util.isObject(object.chart[i]))
                        throw $TypeError(".tensorboard.Category.chart: object expected");
                    message.chart[i] = $root.tensorboard.Chart.fromObject(object.chart[i], _depth + 1);
                }
            }
            if (object.closed != null)
                if (object.closed)
                    message.closed = $Boolean(object.closed);
            return message;
        };

        /**
         * Creates a plain object from a Category message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Category
         * @static
         * @param {tensorboard.Category} message Category
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Category.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chart = [];
            if (options.defaults) {
                object.title = "";
                object.closed = false;
            }
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.chart && message.chart.length) {
                object.chart = $Array(message.chart.length);
                for (let j = 0; j < message.chart.length; ++j)
                    object.chart[j] = $root.tensorboard.Chart.toObject(message.chart[j], options, _depth + 1);
            }
            if (message.closed != null && $Object.hasOwnProperty.call(message, "closed"))
                object.closed = message.closed;
            return object;
        };

        /**
         * Converts this Category to JSON.
         * @function toJSON
         * @memberof tensorboard.Category
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Category.prototype.toJSON = function() {
            return Category.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Category
         * @function getTypeUrl
         * @memberof tensorboard.Category
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Category.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.Category";
        };

        return Category;
    })();

    tensorboard.Chart = (function() {

        /**
         * Properties of a Chart.
         * @typedef {Object} tensorboard.Chart.$Properties
         * @property {string|null} [title] Chart title
         * @property {tensorboard.MultilineChartContent.$Properties|null} [multiline] Chart multiline
         * @property {tensorboard.MarginChartContent.$Properties|null} [margin] Chart margin
         * @property {"multiline"|"margin"} [content] Chart content
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Chart.
         * @memberof tensorboard
         * @interface IChart
         * @augments tensorboard.Chart.$Properties
         * @deprecated Use tensorboard.Chart.$Properties instead.
         */

        /**
         * Narrowed shape of a Chart.
         * @typedef {{
         *   title?: string|null;
         *   multiline?: tensorboard.MultilineChartContent.$Shape|null;
         *   margin?: tensorboard.MarginChartContent.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ content?: undefined; multiline?: null; margin?: null }|{ content?: "multiline"; multiline: tensorboard.MultilineChartContent.$Shape; margin?: null }|{ content?: "margin"; multiline?: null; margin: tensorboard.MarginChartContent.$Shape })
         * )} tensorboard.Chart.$Shape
         */

        /**
         * Constructs a new Chart.
         * @memberof tensorboard
         * @classdesc Represents a Chart.
         * @constructor
         * @param {tensorboard.Chart.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Chart = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Chart title.
         * @member {string} title
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.title = "";

        /**
         * Chart multiline.
         * @member {tensorboard.MultilineChartContent.$Properties|null|undefined} multiline
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.multiline = null;

        /**
         * Chart margin.
         * @member {tensorboard.MarginChartContent.$Properties|null|undefined} margin
         * @memberof tensorboard.Chart
         * @instance
         */
        Chart.prototype.margin = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Chart content.
         * @member {"multiline"|"margin"|undefined} content
         * @memberof tensorboard.Chart
         * @instance
         */
        $Object.defineProperty(Chart.prototype, "content", {
            get: $util.oneOfGetter($oneOfFields = ["multiline", "margin"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Chart instance using the specified properties.
         * @function create
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.Chart.$Properties=} [properties] Properties to set
         * @returns {tensorboard.Chart} Chart instance
         * @type {{
         *   (properties: tensorboard.Chart.$Shape): tensorboard.Chart & tensorboard.Chart.$Shape;
         *   (properties?: tensorboard.Chart.$Properties): tensorboard.Chart;
         * }}
         */
        Chart.create = function(properties) {
            return new Chart(properties);
        };

        /**
         * Encodes the specified Chart message. Does not implicitly {@link tensorboard.Chart.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.Chart.$Properties} message Chart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Chart.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.title);
            if (message.multiline != null && $Object.hasOwnProperty.call(message, "multiline"))
                $root.tensorboard.MultilineChartContent.encode(message.multiline, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.margin != null && $Object.hasOwnProperty.call(message, "margin"))
                $root.tensorboard.MarginChartContent.encode(message.margin, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Chart message, length delimited. Does not implicitly {@link tensorboard.Chart.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.Chart.$Properties} message Chart message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Chart.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Chart message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.Chart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.Chart & tensorboard.Chart.$Shape} Chart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Chart.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.Chart();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.title = value;
                        else
                            delete message.title;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.multiline = $root.tensorboard.MultilineChartContent.decode(reader, reader.size(), $undefined, _depth + 1, message.multiline);
                        message.content = "multiline";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.margin = $root.tensorboard.MarginChartContent.decode(reader, reader.size(), $undefined, _depth + 1, message.margin);
                        message.content = "margin";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Chart message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.Chart
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.Chart & tensorboard.Chart.$Shape} Chart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Chart.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Chart message.
         * @function verify
         * @memberof tensorboard.Chart
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Chart.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                if (!$util.isString(message.title))
                    return "title: string expected";
            if (message.multiline != null && $Object.hasOwnProperty.call(message, "multiline")) {
                properties.content = 1;
                {
                    let error = $root.tensorboard.MultilineChartContent.verify(message.multiline, _depth + 1);
                    if (error)
                        return "multiline." + error;
                }
            }
            if (message.margin != null && $Object.hasOwnProperty.call(message, "margin")) {
                if (properties.content === 1)
                    return "content: multiple values";
                properties.content = 1;
                {
                    let error = $root.tensorboard.MarginChartContent.verify(message.margin, _depth + 1);
                    if (error)
                        return "margin." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Chart message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.Chart
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.Chart} Chart
         */
        Chart.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.Chart)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.Chart: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.Chart();
            if (object.title != null)
                if (typeof object.title !== "string" || object.title.length)
                    message.title = $String(object.title);
            if (object.multiline != null) {
                if (!$util.isObject(object.multiline))
                    throw $TypeError(".tensorboard.Chart.multiline: object expected");
                message.multiline = $root.tensorboard.MultilineChartContent.fromObject(object.multiline, _depth + 1);
            }
            if (object.margin != null) {
                if (!$util.isObject(object.margin))
                    throw $TypeError(".tensorboard.Chart.margin: object expected");
                message.margin = $root.tensorboard.MarginChartContent.fromObject(object.margin, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Chart message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.Chart
         * @static
         * @param {tensorboard.Chart} message Chart
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Chart.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.title = "";
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.multiline != null && $Object.hasOwnProperty.call(message, "multiline")) {
                object.multiline = $root.tensorboard.MultilineChartContent.toObject(message.multiline, options, _depth + 1);
                if (options.oneofs)
                    object.content = "multiline";
            }
            if (message.margin != null && $Object.hasOwnProperty.call(message, "margin")) {
                object.margin = $root.tensorboard.MarginChartContent.toObject(message.margin, options, _depth + 1);
                if (options.oneofs)
                    object.content = "margin";
            }
            return object;
        };

        /**
         * Converts this Chart to JSON.
         * @function toJSON
         * @memberof tensorboard.Chart
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Chart.prototype.toJSON = function() {
            return Chart.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Chart
         * @function getTypeUrl
         * @memberof tensorboard.Chart
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Chart.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.Chart";
        };

        return Chart;
    })();

    tensorboard.MultilineChartContent = (function() {

        /**
         * Properties of a MultilineChartContent.
         * @typedef {Object} tensorboard.MultilineChartContent.$Properties
         * @property {Array.<string>|null} [tag] MultilineChartContent tag
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MultilineChartContent.
         * @memberof tensorboard
         * @interface IMultilineChartContent
         * @augments tensorboard.MultilineChartContent.$Properties
         * @deprecated Use tensorboard.MultilineChartContent.$Properties instead.
         */

        /**
         * Shape of a MultilineChartContent.
         * @typedef {tensorboard.MultilineChartContent.$Properties} tensorboard.MultilineChartContent.$Shape
         */

        /**
         * Constructs a new MultilineChartContent.
         * @memberof tensorboard
         * @classdesc Represents a MultilineChartContent.
         * @constructor
         * @param {tensorboard.MultilineChartContent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MultilineChartContent = function (properties) {
            this.tag = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MultilineChartContent tag.
         * @member {Array.<string>} tag
         * @memberof tensorboard.MultilineChartContent
         * @instance
         */
        MultilineChartContent.prototype.tag = $util.emptyArray;

        /**
         * Creates a new MultilineChartContent instance using the specified properties.
         * @function create
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.MultilineChartContent.$Properties=} [properties] Properties to set
         * @returns {tensorboard.MultilineChartContent} MultilineChartContent instance
         * @type {{
         *   (properties: tensorboard.MultilineChartContent.$Shape): tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape;
         *   (properties?: tensorboard.MultilineChartContent.$Properties): tensorboard.MultilineChartContent;
         * }}
         */
        MultilineChartContent.create = function(properties) {
            return new MultilineChartContent(properties);
        };

        /**
         * Encodes the specified MultilineChartContent message. Does not implicitly {@link tensorboard.MultilineChartContent.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.MultilineChartContent.$Properties} message MultilineChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MultilineChartContent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tag != null && message.tag.length)
                for (let i = 0; i < message.tag.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tag[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MultilineChartContent message, length delimited. Does not implicitly {@link tensorboard.MultilineChartContent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.MultilineChartContent.$Properties} message MultilineChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MultilineChartContent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MultilineChartContent message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape} MultilineChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MultilineChartContent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.MultilineChartContent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tag && message.tag.length))
                            message.tag = [];
                        message.tag.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MultilineChartContent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape} MultilineChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MultilineChartContent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MultilineChartContent message.
         * @function verify
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MultilineChartContent.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.tag != null && $Object.hasOwnProperty.call(message, "tag")) {
                if (!$Array.isArray(message.tag))
                    return "tag: array expected";
                for (let i = 0; i < message.tag.length; ++i)
                    if (!$util.isString(message.tag[i]))
                        return "tag: string[] expected";
            }
            return null;
        };

        /**
         * Creates a MultilineChartContent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.MultilineChartContent} MultilineChartContent
         */
        MultilineChartContent.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.MultilineChartContent)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.MultilineChartContent: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.MultilineChartContent();
            if (object.tag) {
                if (!$Array.isArray(object.tag))
                    throw $TypeError(".tensorboard.MultilineChartContent.tag: array expected");
                message.tag = $Array(object.tag.length);
                for (let i = 0; i < object.tag.length; ++i)
                    message.tag[i] = $String(object.tag[i]);
            }
            return message;
        };

        /**
         * Creates a plain object from a MultilineChartContent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {tensorboard.MultilineChartContent} message MultilineChartContent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MultilineChartContent.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.tag = [];
            if (message.tag && message.tag.length) {
                object.tag = $Array(message.tag.length);
                for (let j = 0; j < message.tag.length; ++j)
                    object.tag[j] = message.tag[j];
            }
            return object;
        };

        /**
         * Converts this MultilineChartContent to JSON.
         * @function toJSON
         * @memberof tensorboard.MultilineChartContent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MultilineChartContent.prototype.toJSON = function() {
            return MultilineChartContent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MultilineChartContent
         * @function getTypeUrl
         * @memberof tensorboard.MultilineChartContent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MultilineChartContent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.MultilineChartContent";
        };

        return MultilineChartContent;
    })();

    tensorboard.MarginChartContent = (function() {

        /**
         * Properties of a MarginChartContent.
         * @typedef {Object} tensorboard.MarginChartContent.$Properties
         * @property {Array.<tensorboard.MarginChartContent.Series.$Properties>|null} [series] MarginChartContent series
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MarginChartContent.
         * @memberof tensorboard
         * @interface IMarginChartContent
         * @augments tensorboard.MarginChartContent.$Properties
         * @deprecated Use tensorboard.MarginChartContent.$Properties instead.
         */

        /**
         * Shape of a MarginChartContent.
         * @typedef {tensorboard.MarginChartContent.$Properties} tensorboard.MarginChartContent.$Shape
         */

        /**
         * Constructs a new MarginChartContent.
         * @memberof tensorboard
         * @classdesc Represents a MarginChartContent.
         * @constructor
         * @param {tensorboard.MarginChartContent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MarginChartContent = function (properties) {
            this.series = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MarginChartContent series.
         * @member {Array.<tensorboard.MarginChartContent.Series.$Properties>} series
         * @memberof tensorboard.MarginChartContent
         * @instance
         */
        MarginChartContent.prototype.series = $util.emptyArray;

        /**
         * Creates a new MarginChartContent instance using the specified properties.
         * @function create
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.MarginChartContent.$Properties=} [properties] Properties to set
         * @returns {tensorboard.MarginChartContent} MarginChartContent instance
         * @type {{
         *   (properties: tensorboard.MarginChartContent.$Shape): tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape;
         *   (properties?: tensorboard.MarginChartContent.$Properties): tensorboard.MarginChartContent;
         * }}
         */
        MarginChartContent.create = function(properties) {
            return new MarginChartContent(properties);
        };

        /**
         * Encodes the specified MarginChartContent message. Does not implicitly {@link tensorboard.MarginChartContent.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.MarginChartContent.$Properties} message MarginChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MarginChartContent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.series != null && message.series.length)
                for (let i = 0; i < message.series.length; ++i)
                    $root.tensorboard.MarginChartContent.Series.encode(message.series[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MarginChartContent message, length delimited. Does not implicitly {@link tensorboard.MarginChartContent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.MarginChartContent.$Properties} message MarginChartContent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MarginChartContent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MarginChartContent message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape} MarginChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MarginChartContent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.MarginChartContent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.series && message.series.length))
                            message.series = [];
                        message.series.push($root.tensorboard.MarginChartContent.Series.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MarginChartContent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape} MarginChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MarginChartContent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a MarginChartContent message.
         * @function verify
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        MarginChartContent.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.series != null && $Object.hasOwnProperty.call(message, "series")) {
                if (!$Array.isArray(message.series))
                    return "series: array expected";
                for (let i = 0; i < message.series.length; ++i) {
                    let error = $root.tensorboard.MarginChartContent.Series.verify(message.series[i], _depth + 1);
                    if (error)
                        return "series." + error;
                }
            }
            return null;
        };

        /**
         * Creates a MarginChartContent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.MarginChartContent} MarginChartContent
         */
        MarginChartContent.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.MarginChartContent)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.MarginChartContent: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.MarginChartContent();
            if (object.series) {
                if (!$Array.isArray(object.series))
                    throw $TypeError(".tensorboard.MarginChartContent.series: array expected");
                message.series = $Array(object.series.length);
                for (let i = 0; i < object.series.length; ++i) {
                    if (!$util.isObject(object.series[i]))
                        throw $TypeError(".tensorboard.MarginChartContent.series: object expected");
                    message.series[i] = $root.tensorboard.MarginChartContent.Series.fromObject(object.series[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a MarginChartContent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {tensorboard.MarginChartContent} message MarginChartContent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MarginChartContent.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.series = [];
            if (message.series && message.series.length) {
                object.series = $Array(message.series.length);
                for (let j = 0; j < message.series.length; ++j)
                    object.series[j] = $root.tensorboard.MarginChartContent.Series.toObject(message.series[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this MarginChartContent to JSON.
         * @function toJSON
         * @memberof tensorboard.MarginChartContent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MarginChartContent.prototype.toJSON = function() {
            return MarginChartContent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MarginChartContent
         * @function getTypeUrl
         * @memberof tensorboard.MarginChartContent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MarginChartContent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.MarginChartContent";
        };

        MarginChartContent.Series = (function() {

            /**
             * Properties of a Series.
             * @typedef {Object} tensorboard.MarginChartContent.Series.$Properties
             * @property {string|null} [value] Series value
             * @property {string|null} [lower] Series lower
             * @property {string|null} [upper] Series upper
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Series.
             * @memberof tensorboard.MarginChartContent
             * @interface ISeries
             * @augments tensorboard.MarginChartContent.Series.$Properties
             * @deprecated Use tensorboard.MarginChartContent.Series.$Properties instead.
             */

            /**
             * Shape of a Series.
             * @typedef {tensorboard.MarginChartContent.Series.$Properties} tensorboard.MarginChartContent.Series.$Shape
             */

            /**
             * Constructs a new Series.
             * @memberof tensorboard.MarginChartContent
             * @classdesc Represents a Series.
             * @constructor
             * @param {tensorboard.MarginChartContent.Series.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Series = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Series value.
             * @member {string} value
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.value = "";

            /**
             * Series lower.
             * @member {string} lower
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.lower = "";

            /**
             * Series upper.
             * @member {string} upper
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             */
            Series.prototype.upper = "";

            /**
             * Creates a new Series instance using the specified properties.
             * @function create
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.Series.$Properties=} [properties] Properties to set
             * @returns {tensorboard.MarginChartContent.Series} Series instance
             * @type {{
             *   (properties: tensorboard.MarginChartContent.Series.$Shape): tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape;
             *   (properties?: tensorboard.MarginChartContent.Series.$Properties): tensorboard.MarginChartContent.Series;
             * }}
             */
            Series.create = function(properties) {
                return new Series(properties);
            };

            /**
             * Encodes the specified Series message. Does not implicitly {@link tensorboard.MarginChartContent.Series.verify|verify} messages.
             * @function encode
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.Series.$Properties} message Series message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.value);
                if (message.lower != null && $Object.hasOwnProperty.call(message, "lower") && message.lower !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.lower);
                if (message.upper != null && $Object.hasOwnProperty.call(message, "upper") && message.upper !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.upper);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Series message, length delimited. Does not implicitly {@link tensorboard.MarginChartContent.Series.verify|verify} messages.
             * @function encodeDelimited
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.Series.$Properties} message Series message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Series.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @function decode
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tensorboard.MarginChartContent.Series();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lower = value;
                            else
                                delete message.lower;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.upper = value;
                            else
                                delete message.upper;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Decodes a Series message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Series.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Series message.
             * @function verify
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Series.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                if (message.lower != null && $Object.hasOwnProperty.call(message, "lower"))
                    if (!$util.isString(message.lower))
                        return "lower: string expected";
                if (message.upper != null && $Object.hasOwnProperty.call(message, "upper"))
                    if (!$util.isString(message.upper))
                        return "upper: string expected";
                return null;
            };

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tensorboard.MarginChartContent.Series} Series
             */
            Series.fromObject = function (object, _depth) {
                if (object instanceof $root.tensorboard.MarginChartContent.Series)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tensorboard.MarginChartContent.Series: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tensorboard.MarginChartContent.Series();
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.lower != null)
                    if (typeof object.lower !== "string" || object.lower.length)
                        message.lower = $String(object.lower);
                if (object.upper != null)
                    if (typeof object.upper !== "string" || object.upper.length)
                        message.upper = $String(object.upper);
                return message;
            };

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {tensorboard.MarginChartContent.Series} message Series
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Series.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.value = "";
                    object.lower = "";
                    object.upper = "";
                }
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.lower != null && $Object.hasOwnProperty.call(message, "lower"))
                    object.lower = message.lower;
                if (message.upper != null && $Object.hasOwnProperty.call(message, "upper"))
                    object.upper = message.upper;
                return object;
            };

            /**
             * Converts this Series to JSON.
             * @function toJSON
             * @memberof tensorboard.MarginChartContent.Series
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Series.prototype.toJSON = function() {
                return Series.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Series
             * @function getTypeUrl
             * @memberof tensorboard.MarginChartContent.Series
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Series.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/tensorboard.MarginChartContent.Series";
            };

            return Series;
        })();

        return MarginChartContent;
    })();

    tensorboard.ScalarPluginData = (function() {

        /**
         * Properties of a ScalarPluginData.
         * @typedef {Object} tensorboard.ScalarPluginData.$Properties
         * @property {number|null} [version] ScalarPluginData version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ScalarPluginData.
         * @memberof tensorboard
         * @interface IScalarPluginData
         * @augments tensorboard.ScalarPluginData.$Properties
         * @deprecated Use tensorboard.ScalarPluginData.$Properties instead.
         */

        /**
         * Shape of a ScalarPluginData.
         * @typedef {tensorboard.ScalarPluginData.$Properties} tensorboard.ScalarPluginData.$Shape
         */

        /**
         * Constructs a new ScalarPluginData.
         * @memberof tensorboard
         * @classdesc Represents a ScalarPluginData.
         * @constructor
         * @param {tensorboard.ScalarPluginData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ScalarPluginData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ScalarPluginData version.
         * @member {number} version
         * @memberof tensorboard.ScalarPluginData
         * @instance
         */
        ScalarPluginData.prototype.version = 0;

        /**
         * Creates a new ScalarPluginData instance using the specified properties.
         * @function create
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {tensorboard.ScalarPluginData.$Properties=} [properties] Properties to set
         * @returns {tensorboard.ScalarPluginData} ScalarPluginData instance
         * @type {{
         *   (properties: tensorboard.ScalarPluginData.$Shape): tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape;
         *   (properties?: tensorboard.ScalarPluginData.$Properties): tensorboard.ScalarPluginData;
         * }}
         */
        ScalarPluginData.create = function(properties) {
            return new ScalarPluginData(properties);
        };

        /**
         * Encodes the specified ScalarPluginData message. Does not implicitly {@link tensorboard.ScalarPluginData.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {tensorboard.ScalarPluginData.$Properties} message ScalarPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScalarPluginData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ScalarPluginData message, length delimited. Does not implicitly {@link tensorboard.ScalarPluginData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {tensorboard.ScalarPluginData.$Properties} message ScalarPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ScalarPluginData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ScalarPluginData message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape} ScalarPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScalarPluginData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.ScalarPluginData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ScalarPluginData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape} ScalarPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ScalarPluginData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a ScalarPluginData message.
         * @function verify
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ScalarPluginData.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a ScalarPluginData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.ScalarPluginData} ScalarPluginData
         */
        ScalarPluginData.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.ScalarPluginData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.ScalarPluginData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.ScalarPluginData();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version | 0;
            return message;
        };

        /**
         * Creates a plain object from a ScalarPluginData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {tensorboard.ScalarPluginData} message ScalarPluginData
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ScalarPluginData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.version = 0;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this ScalarPluginData to JSON.
         * @function toJSON
         * @memberof tensorboard.ScalarPluginData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ScalarPluginData.prototype.toJSON = function() {
            return ScalarPluginData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ScalarPluginData
         * @function getTypeUrl
         * @memberof tensorboard.ScalarPluginData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ScalarPluginData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.ScalarPluginData";
        };

        return ScalarPluginData;
    })();

    tensorboard.HistogramPluginData = (function() {

        /**
         * Properties of a HistogramPluginData.
         * @typedef {Object} tensorboard.HistogramPluginData.$Properties
         * @property {number|null} [version] HistogramPluginData version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a HistogramPluginData.
         * @memberof tensorboard
         * @interface IHistogramPluginData
         * @augments tensorboard.HistogramPluginData.$Properties
         * @deprecated Use tensorboard.HistogramPluginData.$Properties instead.
         */

        /**
         * Shape of a HistogramPluginData.
         * @typedef {tensorboard.HistogramPluginData.$Properties} tensorboard.HistogramPluginData.$Shape
         */

        /**
         * Constructs a new HistogramPluginData.
         * @memberof tensorboard
         * @classdesc Represents a HistogramPluginData.
         * @constructor
         * @param {tensorboard.HistogramPluginData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const HistogramPluginData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * HistogramPluginData version.
         * @member {number} version
         * @memberof tensorboard.HistogramPluginData
         * @instance
         */
        HistogramPluginData.prototype.version = 0;

        /**
         * Creates a new HistogramPluginData instance using the specified properties.
         * @function create
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {tensorboard.HistogramPluginData.$Properties=} [properties] Properties to set
         * @returns {tensorboard.HistogramPluginData} HistogramPluginData instance
         * @type {{
         *   (properties: tensorboard.HistogramPluginData.$Shape): tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape;
         *   (properties?: tensorboard.HistogramPluginData.$Properties): tensorboard.HistogramPluginData;
         * }}
         */
        HistogramPluginData.create = function(properties) {
            return new HistogramPluginData(properties);
        };

        /**
         * Encodes the specified HistogramPluginData message. Does not implicitly {@link tensorboard.HistogramPluginData.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {tensorboard.HistogramPluginData.$Properties} message HistogramPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistogramPluginData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified HistogramPluginData message, length delimited. Does not implicitly {@link tensorboard.HistogramPluginData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {tensorboard.HistogramPluginData.$Properties} message HistogramPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        HistogramPluginData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a HistogramPluginData message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape} HistogramPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistogramPluginData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.HistogramPluginData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a HistogramPluginData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape} HistogramPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        HistogramPluginData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a HistogramPluginData message.
         * @function verify
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        HistogramPluginData.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a HistogramPluginData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.HistogramPluginData} HistogramPluginData
         */
        HistogramPluginData.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.HistogramPluginData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.HistogramPluginData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.HistogramPluginData();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version | 0;
            return message;
        };

        /**
         * Creates a plain object from a HistogramPluginData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {tensorboard.HistogramPluginData} message HistogramPluginData
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        HistogramPluginData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.version = 0;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this HistogramPluginData to JSON.
         * @function toJSON
         * @memberof tensorboard.HistogramPluginData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        HistogramPluginData.prototype.toJSON = function() {
            return HistogramPluginData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for HistogramPluginData
         * @function getTypeUrl
         * @memberof tensorboard.HistogramPluginData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        HistogramPluginData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.HistogramPluginData";
        };

        return HistogramPluginData;
    })();

    tensorboard.ImagePluginData = (function() {

        /**
         * Properties of an ImagePluginData.
         * @typedef {Object} tensorboard.ImagePluginData.$Properties
         * @property {number|null} [version] ImagePluginData version
         * @property {boolean|null} [convertedToTensor] ImagePluginData convertedToTensor
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ImagePluginData.
         * @memberof tensorboard
         * @interface IImagePluginData
         * @augments tensorboard.ImagePluginData.$Properties
         * @deprecated Use tensorboard.ImagePluginData.$Properties instead.
         */

        /**
         * Shape of an ImagePluginData.
         * @typedef {tensorboard.ImagePluginData.$Properties} tensorboard.ImagePluginData.$Shape
         */

        /**
         * Constructs a new ImagePluginData.
         * @memberof tensorboard
         * @classdesc Represents an ImagePluginData.
         * @constructor
         * @param {tensorboard.ImagePluginData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ImagePluginData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ImagePluginData version.
         * @member {number} version
         * @memberof tensorboard.ImagePluginData
         * @instance
         */
        ImagePluginData.prototype.version = 0;

        /**
         * ImagePluginData convertedToTensor.
         * @member {boolean} convertedToTensor
         * @memberof tensorboard.ImagePluginData
         * @instance
         */
        ImagePluginData.prototype.convertedToTensor = false;

        /**
         * Creates a new ImagePluginData instance using the specified properties.
         * @function create
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {tensorboard.ImagePluginData.$Properties=} [properties] Properties to set
         * @returns {tensorboard.ImagePluginData} ImagePluginData instance
         * @type {{
         *   (properties: tensorboard.ImagePluginData.$Shape): tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape;
         *   (properties?: tensorboard.ImagePluginData.$Properties): tensorboard.ImagePluginData;
         * }}
         */
        ImagePluginData.create = function(properties) {
            return new ImagePluginData(properties);
        };

        /**
         * Encodes the specified ImagePluginData message. Does not implicitly {@link tensorboard.ImagePluginData.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {tensorboard.ImagePluginData.$Properties} message ImagePluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImagePluginData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.convertedToTensor != null && $Object.hasOwnProperty.call(message, "convertedToTensor") && message.convertedToTensor !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.convertedToTensor);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ImagePluginData message, length delimited. Does not implicitly {@link tensorboard.ImagePluginData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {tensorboard.ImagePluginData.$Properties} message ImagePluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ImagePluginData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ImagePluginData message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape} ImagePluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImagePluginData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.ImagePluginData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.convertedToTensor = value;
                        else
                            delete message.convertedToTensor;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ImagePluginData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape} ImagePluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ImagePluginData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ImagePluginData message.
         * @function verify
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ImagePluginData.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            if (message.convertedToTensor != null && $Object.hasOwnProperty.call(message, "convertedToTensor"))
                if (typeof message.convertedToTensor !== "boolean")
                    return "convertedToTensor: boolean expected";
            return null;
        };

        /**
         * Creates an ImagePluginData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.ImagePluginData} ImagePluginData
         */
        ImagePluginData.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.ImagePluginData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.ImagePluginData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.ImagePluginData();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version | 0;
            if (object.convertedToTensor != null)
                if (object.convertedToTensor)
                    message.convertedToTensor = $Boolean(object.convertedToTensor);
            return message;
        };

        /**
         * Creates a plain object from an ImagePluginData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {tensorboard.ImagePluginData} message ImagePluginData
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ImagePluginData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.version = 0;
                object.convertedToTensor = false;
            }
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.convertedToTensor != null && $Object.hasOwnProperty.call(message, "convertedToTensor"))
                object.convertedToTensor = message.convertedToTensor;
            return object;
        };

        /**
         * Converts this ImagePluginData to JSON.
         * @function toJSON
         * @memberof tensorboard.ImagePluginData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ImagePluginData.prototype.toJSON = function() {
            return ImagePluginData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ImagePluginData
         * @function getTypeUrl
         * @memberof tensorboard.ImagePluginData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ImagePluginData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.ImagePluginData";
        };

        return ImagePluginData;
    })();

    tensorboard.TextPluginData = (function() {

        /**
         * Properties of a TextPluginData.
         * @typedef {Object} tensorboard.TextPluginData.$Properties
         * @property {number|null} [version] TextPluginData version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TextPluginData.
         * @memberof tensorboard
         * @interface ITextPluginData
         * @augments tensorboard.TextPluginData.$Properties
         * @deprecated Use tensorboard.TextPluginData.$Properties instead.
         */

        /**
         * Shape of a TextPluginData.
         * @typedef {tensorboard.TextPluginData.$Properties} tensorboard.TextPluginData.$Shape
         */

        /**
         * Constructs a new TextPluginData.
         * @memberof tensorboard
         * @classdesc Represents a TextPluginData.
         * @constructor
         * @param {tensorboard.TextPluginData.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TextPluginData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TextPluginData version.
         * @member {number} version
         * @memberof tensorboard.TextPluginData
         * @instance
         */
        TextPluginData.prototype.version = 0;

        /**
         * Creates a new TextPluginData instance using the specified properties.
         * @function create
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {tensorboard.TextPluginData.$Properties=} [properties] Properties to set
         * @returns {tensorboard.TextPluginData} TextPluginData instance
         * @type {{
         *   (properties: tensorboard.TextPluginData.$Shape): tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape;
         *   (properties?: tensorboard.TextPluginData.$Properties): tensorboard.TextPluginData;
         * }}
         */
        TextPluginData.create = function(properties) {
            return new TextPluginData(properties);
        };

        /**
         * Encodes the specified TextPluginData message. Does not implicitly {@link tensorboard.TextPluginData.verify|verify} messages.
         * @function encode
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {tensorboard.TextPluginData.$Properties} message TextPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextPluginData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TextPluginData message, length delimited. Does not implicitly {@link tensorboard.TextPluginData.verify|verify} messages.
         * @function encodeDelimited
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {tensorboard.TextPluginData.$Properties} message TextPluginData message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TextPluginData.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TextPluginData message from the specified reader or buffer.
         * @function decode
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape} TextPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextPluginData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.tensorboard.TextPluginData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TextPluginData message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape} TextPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TextPluginData.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a TextPluginData message.
         * @function verify
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        TextPluginData.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (!$util.isInteger(message.version))
                    return "version: integer expected";
            return null;
        };

        /**
         * Creates a TextPluginData message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {tensorboard.TextPluginData} TextPluginData
         */
        TextPluginData.fromObject = function (object, _depth) {
            if (object instanceof $root.tensorboard.TextPluginData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".tensorboard.TextPluginData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.tensorboard.TextPluginData();
            if (object.version != null)
                if ($Number(object.version) !== 0)
                    message.version = object.version | 0;
            return message;
        };

        /**
         * Creates a plain object from a TextPluginData message. Also converts values to other types if specified.
         * @function toObject
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {tensorboard.TextPluginData} message TextPluginData
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TextPluginData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.version = 0;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            return object;
        };

        /**
         * Converts this TextPluginData to JSON.
         * @function toJSON
         * @memberof tensorboard.TextPluginData
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TextPluginData.prototype.toJSON = function() {
            return TextPluginData.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TextPluginData
         * @function getTypeUrl
         * @memberof tensorboard.TextPluginData
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TextPluginData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/tensorboard.TextPluginData";
        };

        return TextPluginData;
    })();

    return tensorboard;
})();

export {
  $root as default
};
