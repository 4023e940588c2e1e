import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace tensorboard. */
export namespace tensorboard {

    /**
     * Properties of an Event.
     * @deprecated Use tensorboard.Event.$Properties instead.
     */
    interface IEvent extends tensorboard.Event.$Properties {
    }

    /** Represents an Event. */
    class Event {

        /**
         * Constructs a new Event.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.Event.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Event wallTime. */
        wallTime: number;

        /** Event step. */
        step: (number|Long);

        /** Event fileVersion. */
        fileVersion?: (string|null);

        /** Event summary. */
        summary?: (tensorboard.Summary.$Properties|null);

        /** Event sessionLog. */
        sessionLog?: (tensorboard.SessionLog.$Properties|null);

        /** Event sourceMetadata. */
        sourceMetadata?: (tensorboard.SourceMetadata.$Properties|null);

        /** Event what. */
        what?: ("fileVersion"|"summary"|"sessionLog");

        /**
         * Creates a new Event instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Event instance
         */
        static create(properties: tensorboard.Event.$Shape): tensorboard.Event & tensorboard.Event.$Shape;
        static create(properties?: tensorboard.Event.$Properties): tensorboard.Event;

        /**
         * Encodes the specified Event message. Does not implicitly {@link tensorboard.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Event message, length delimited. Does not implicitly {@link tensorboard.Event.verify|verify} messages.
         * @param message Event message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Event message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.Event & tensorboard.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Event & tensorboard.Event.$Shape;

        /**
         * Decodes an Event message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.Event & tensorboard.Event.$Shape} Event
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Event & tensorboard.Event.$Shape;

        /**
         * Verifies an Event message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Event message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Event
         */
        static fromObject(object: { [k: string]: any }): tensorboard.Event;

        /**
         * Creates a plain object from an Event message. Also converts values to other types if specified.
         * @param message Event
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Event to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Event
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Event {

        /** Properties of an Event. */
        interface $Properties {

            /** Event wallTime */
            wallTime?: (number|null);

            /** Event step */
            step?: (number|Long|null);

            /** Event fileVersion */
            fileVersion?: (string|null);

            /** Event summary */
            summary?: (tensorboard.Summary.$Properties|null);

            /** Event sessionLog */
            sessionLog?: (tensorboard.SessionLog.$Properties|null);

            /** Event sourceMetadata */
            sourceMetadata?: (tensorboard.SourceMetadata.$Properties|null);

            /** Event what */
            what?: ("fileVersion"|"summary"|"sessionLog");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an Event. */
        type $Shape = {
          wallTime?: number|null;
          step?: number|Long|null;
          fileVersion?: string|null;
          summary?: tensorboard.Summary.$Shape|null;
          sessionLog?: tensorboard.SessionLog.$Shape|null;
          sourceMetadata?: tensorboard.SourceMetadata.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ what?: undefined; fileVersion?: null; summary?: null; sessionLog?: null }|{ what?: "fileVersion"; fileVersion: string; summary?: null; sessionLog?: null }|{ what?: "summary"; fileVersion?: null; summary: tensorboard.Summary.$Shape; sessionLog?: null }|{ what?: "sessionLog"; fileVersion?: null; summary?: null; sessionLog: tensorboard.SessionLog.$Shape })
        );
    }

    /**
     * Properties of a SourceMetadata.
     * @deprecated Use tensorboard.SourceMetadata.$Properties instead.
     */
    interface ISourceMetadata extends tensorboard.SourceMetadata.$Properties {
    }

    /** Represents a SourceMetadata. */
    class SourceMetadata {

        /**
         * Constructs a new SourceMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.SourceMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SourceMetadata writer. */
        writer: string;

        /**
         * Creates a new SourceMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SourceMetadata instance
         */
        static create(properties: tensorboard.SourceMetadata.$Shape): tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape;
        static create(properties?: tensorboard.SourceMetadata.$Properties): tensorboard.SourceMetadata;

        /**
         * Encodes the specified SourceMetadata message. Does not implicitly {@link tensorboard.SourceMetadata.verify|verify} messages.
         * @param message SourceMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.SourceMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SourceMetadata message, length delimited. Does not implicitly {@link tensorboard.SourceMetadata.verify|verify} messages.
         * @param message SourceMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.SourceMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SourceMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape} SourceMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape;

        /**
         * Decodes a SourceMetadata message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape} SourceMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.SourceMetadata & tensorboard.SourceMetadata.$Shape;

        /**
         * Verifies a SourceMetadata message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SourceMetadata message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SourceMetadata
         */
        static fromObject(object: { [k: string]: any }): tensorboard.SourceMetadata;

        /**
         * Creates a plain object from a SourceMetadata message. Also converts values to other types if specified.
         * @param message SourceMetadata
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.SourceMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SourceMetadata to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SourceMetadata
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SourceMetadata {

        /** Properties of a SourceMetadata. */
        interface $Properties {

            /** SourceMetadata writer */
            writer?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SourceMetadata. */
        type $Shape = tensorboard.SourceMetadata.$Properties;
    }

    /**
     * Properties of a SessionLog.
     * @deprecated Use tensorboard.SessionLog.$Properties instead.
     */
    interface ISessionLog extends tensorboard.SessionLog.$Properties {
    }

    /** Represents a SessionLog. */
    class SessionLog {

        /**
         * Constructs a new SessionLog.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.SessionLog.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SessionLog status. */
        status: tensorboard.SessionLog.SessionStatus;

        /** SessionLog checkpointPath. */
        checkpointPath: string;

        /** SessionLog msg. */
        msg: string;

        /**
         * Creates a new SessionLog instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SessionLog instance
         */
        static create(properties: tensorboard.SessionLog.$Shape): tensorboard.SessionLog & tensorboard.SessionLog.$Shape;
        static create(properties?: tensorboard.SessionLog.$Properties): tensorboard.SessionLog;

        /**
         * Encodes the specified SessionLog message. Does not implicitly {@link tensorboard.SessionLog.verify|verify} messages.
         * @param message SessionLog message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.SessionLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SessionLog message, length delimited. Does not implicitly {@link tensorboard.SessionLog.verify|verify} messages.
         * @param message SessionLog message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.SessionLog.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SessionLog message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.SessionLog & tensorboard.SessionLog.$Shape} SessionLog
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SessionLog & tensorboard.SessionLog.$Shape;

        /**
         * Decodes a SessionLog message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.SessionLog & tensorboard.SessionLog.$Shape} SessionLog
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.SessionLog & tensorboard.SessionLog.$Shape;

        /**
         * Verifies a SessionLog message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SessionLog message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SessionLog
         */
        static fromObject(object: { [k: string]: any }): tensorboard.SessionLog;

        /**
         * Creates a plain object from a SessionLog message. Also converts values to other types if specified.
         * @param message SessionLog
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.SessionLog, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SessionLog to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SessionLog
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SessionLog {

        /** Properties of a SessionLog. */
        interface $Properties {

            /** SessionLog status */
            status?: (tensorboard.SessionLog.SessionStatus|null);

            /** SessionLog checkpointPath */
            checkpointPath?: (string|null);

            /** SessionLog msg */
            msg?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SessionLog. */
        type $Shape = tensorboard.SessionLog.$Properties;

        /** SessionStatus enum. */
        enum SessionStatus {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** START value */
            START = 1,

            /** STOP value */
            STOP = 2,

            /** CHECKPOINT value */
            CHECKPOINT = 3
        }
    }

    /** DataClass enum. */
    enum DataClass {

        /** DATA_CLASS_UNKNOWN value */
        DATA_CLASS_UNKNOWN = 0,

        /** DATA_CLASS_SCALAR value */
        DATA_CLASS_SCALAR = 1,

        /** DATA_CLASS_TENSOR value */
        DATA_CLASS_TENSOR = 2,

        /** DATA_CLASS_BLOB_SEQUENCE value */
        DATA_CLASS_BLOB_SEQUENCE = 3
    }

    /**
     * Properties of a SummaryMetadata.
     * @deprecated Use tensorboard.SummaryMetadata.$Properties instead.
     */
    interface ISummaryMetadata extends tensorboard.SummaryMetadata.$Properties {
    }

    /** Represents a SummaryMetadata. */
    class SummaryMetadata {

        /**
         * Constructs a new SummaryMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.SummaryMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SummaryMetadata pluginData. */
        pluginData?: (tensorboard.SummaryMetadata.PluginData.$Properties|null);

        /** SummaryMetadata displayName. */
        displayName: string;

        /** SummaryMetadata summaryDescription. */
        summaryDescription: string;

        /** SummaryMetadata dataClass. */
        dataClass: tensorboard.DataClass;

        /**
         * Creates a new SummaryMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SummaryMetadata instance
         */
        static create(properties: tensorboard.SummaryMetadata.$Shape): tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape;
        static create(properties?: tensorboard.SummaryMetadata.$Properties): tensorboard.SummaryMetadata;

        /**
         * Encodes the specified SummaryMetadata message. Does not implicitly {@link tensorboard.SummaryMetadata.verify|verify} messages.
         * @param message SummaryMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.SummaryMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SummaryMetadata message, length delimited. Does not implicitly {@link tensorboard.SummaryMetadata.verify|verify} messages.
         * @param message SummaryMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.SummaryMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SummaryMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape} SummaryMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape;

        /**
         * Decodes a SummaryMetadata message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape} SummaryMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.SummaryMetadata & tensorboard.SummaryMetadata.$Shape;

        /**
         * Verifies a SummaryMetadata message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SummaryMetadata message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SummaryMetadata
         */
        static fromObject(object: { [k: string]: any }): tensorboard.SummaryMetadata;

        /**
         * Creates a plain object from a SummaryMetadata message. Also converts values to other types if specified.
         * @param message SummaryMetadata
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.SummaryMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SummaryMetadata to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SummaryMetadata
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SummaryMetadata {

        /** Properties of a SummaryMetadata. */
        interface $Properties {

            /** SummaryMetadata pluginData */
            pluginData?: (tensorboard.SummaryMetadata.PluginData.$Properties|null);

            /** SummaryMetadata displayName */
            displayName?: (string|null);

            /** SummaryMetadata summaryDescription */
            summaryDescription?: (string|null);

            /** SummaryMetadata dataClass */
            dataClass?: (tensorboard.DataClass|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SummaryMetadata. */
        type $Shape = tensorboard.SummaryMetadata.$Properties;

        /**
         * Properties of a PluginData.
         * @deprecated Use tensorboard.SummaryMetadata.PluginData.$Properties instead.
         */
        interface IPluginData extends tensorboard.SummaryMetadata.PluginData.$Properties {
        }

        /** Represents a PluginData. */
        class PluginData {

            /**
             * Constructs a new PluginData.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorboard.SummaryMetadata.PluginData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PluginData pluginName. */
            pluginName: string;

            /** PluginData content. */
            content: Uint8Array;

            /**
             * Creates a new PluginData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PluginData instance
             */
            static create(properties: tensorboard.SummaryMetadata.PluginData.$Shape): tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape;
            static create(properties?: tensorboard.SummaryMetadata.PluginData.$Properties): tensorboard.SummaryMetadata.PluginData;

            /**
             * Encodes the specified PluginData message. Does not implicitly {@link tensorboard.SummaryMetadata.PluginData.verify|verify} messages.
             * @param message PluginData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorboard.SummaryMetadata.PluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PluginData message, length delimited. Does not implicitly {@link tensorboard.SummaryMetadata.PluginData.verify|verify} messages.
             * @param message PluginData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tensorboard.SummaryMetadata.PluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PluginData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape} PluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape;

            /**
             * Decodes a PluginData message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape} PluginData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.SummaryMetadata.PluginData & tensorboard.SummaryMetadata.PluginData.$Shape;

            /**
             * Verifies a PluginData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PluginData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PluginData
             */
            static fromObject(object: { [k: string]: any }): tensorboard.SummaryMetadata.PluginData;

            /**
             * Creates a plain object from a PluginData message. Also converts values to other types if specified.
             * @param message PluginData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorboard.SummaryMetadata.PluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PluginData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PluginData
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PluginData {

            /** Properties of a PluginData. */
            interface $Properties {

                /** PluginData pluginName */
                pluginName?: (string|null);

                /** PluginData content */
                content?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PluginData. */
            type $Shape = tensorboard.SummaryMetadata.PluginData.$Properties;
        }
    }

    /**
     * Properties of a Summary.
     * @deprecated Use tensorboard.Summary.$Properties instead.
     */
    interface ISummary extends tensorboard.Summary.$Properties {
    }

    /** Represents a Summary. */
    class Summary {

        /**
         * Constructs a new Summary.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.Summary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Summary value. */
        value: tensorboard.Summary.Value.$Properties[];

        /**
         * Creates a new Summary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Summary instance
         */
        static create(properties: tensorboard.Summary.$Shape): tensorboard.Summary & tensorboard.Summary.$Shape;
        static create(properties?: tensorboard.Summary.$Properties): tensorboard.Summary;

        /**
         * Encodes the specified Summary message. Does not implicitly {@link tensorboard.Summary.verify|verify} messages.
         * @param message Summary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.Summary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Summary message, length delimited. Does not implicitly {@link tensorboard.Summary.verify|verify} messages.
         * @param message Summary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.Summary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Summary message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.Summary & tensorboard.Summary.$Shape} Summary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary & tensorboard.Summary.$Shape;

        /**
         * Decodes a Summary message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.Summary & tensorboard.Summary.$Shape} Summary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Summary & tensorboard.Summary.$Shape;

        /**
         * Verifies a Summary message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Summary message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Summary
         */
        static fromObject(object: { [k: string]: any }): tensorboard.Summary;

        /**
         * Creates a plain object from a Summary message. Also converts values to other types if specified.
         * @param message Summary
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Summary to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Summary
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Summary {

        /** Properties of a Summary. */
        interface $Properties {

            /** Summary value */
            value?: (tensorboard.Summary.Value.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Summary. */
        type $Shape = {
          value?: tensorboard.Summary.Value.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };

        /**
         * Properties of an Image.
         * @deprecated Use tensorboard.Summary.Image.$Properties instead.
         */
        interface IImage extends tensorboard.Summary.Image.$Properties {
        }

        /** Represents an Image. */
        class Image {

            /**
             * Constructs a new Image.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorboard.Summary.Image.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Image height. */
            height: number;

            /** Image width. */
            width: number;

            /** Image colorspace. */
            colorspace: number;

            /** Image encodedImageString. */
            encodedImageString: Uint8Array;

            /**
             * Creates a new Image instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Image instance
             */
            static create(properties: tensorboard.Summary.Image.$Shape): tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape;
            static create(properties?: tensorboard.Summary.Image.$Properties): tensorboard.Summary.Image;

            /**
             * Encodes the specified Image message. Does not implicitly {@link tensorboard.Summary.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorboard.Summary.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link tensorboard.Summary.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tensorboard.Summary.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape;

            /**
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Summary.Image & tensorboard.Summary.Image.$Shape;

            /**
             * Verifies an Image message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Image
             */
            static fromObject(object: { [k: string]: any }): tensorboard.Summary.Image;

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @param message Image
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorboard.Summary.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Image to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Image
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {

            /** Properties of an Image. */
            interface $Properties {

                /** Image height */
                height?: (number|null);

                /** Image width */
                width?: (number|null);

                /** Image colorspace */
                colorspace?: (number|null);

                /** Image encodedImageString */
                encodedImageString?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Image. */
            type $Shape = tensorboard.Summary.Image.$Properties;
        }

        /**
         * Properties of a Value.
         * @deprecated Use tensorboard.Summary.Value.$Properties instead.
         */
        interface IValue extends tensorboard.Summary.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorboard.Summary.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value tag. */
            tag: string;

            /** Value simpleValue. */
            simpleValue?: (number|null);

            /** Value image. */
            image?: (tensorboard.Summary.Image.$Properties|null);

            /** Value histo. */
            histo?: (tensorboard.HistogramProto.$Properties|null);

            /** Value tensor. */
            tensor?: (tensorboard.TensorProto.$Properties|null);

            /** Value metadata. */
            metadata?: (tensorboard.SummaryMetadata.$Properties|null);

            /** Value value. */
            value?: ("simpleValue"|"image"|"histo"|"tensor");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: tensorboard.Summary.Value.$Shape): tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape;
            static create(properties?: tensorboard.Summary.Value.$Properties): tensorboard.Summary.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link tensorboard.Summary.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorboard.Summary.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link tensorboard.Summary.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tensorboard.Summary.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Summary.Value & tensorboard.Summary.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Value
             */
            static fromObject(object: { [k: string]: any }): tensorboard.Summary.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param message Value
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorboard.Summary.Value, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value tag */
                tag?: (string|null);

                /** Value simpleValue */
                simpleValue?: (number|null);

                /** Value image */
                image?: (tensorboard.Summary.Image.$Properties|null);

                /** Value histo */
                histo?: (tensorboard.HistogramProto.$Properties|null);

                /** Value tensor */
                tensor?: (tensorboard.TensorProto.$Properties|null);

                /** Value metadata */
                metadata?: (tensorboard.SummaryMetadata.$Properties|null);

                /** Value value */
                value?: ("simpleValue"|"image"|"histo"|"tensor");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              tag?: string|null;
              simpleValue?: number|null;
              image?: tensorboard.Summary.Image.$Shape|null;
              histo?: tensorboard.HistogramProto.$Shape|null;
              tensor?: tensorboard.TensorProto.$Shape|null;
              metadata?: tensorboard.SummaryMetadata.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; simpleValue?: null; image?: null; histo?: null; tensor?: null }|{ value?: "simpleValue"; simpleValue: number; image?: null; histo?: null; tensor?: null }|{ value?: "image"; simpleValue?: null; image: tensorboard.Summary.Image.$Shape; histo?: null; tensor?: null }|{ value?: "histo"; simpleValue?: null; image?: null; histo: tensorboard.HistogramProto.$Shape; tensor?: null }|{ value?: "tensor"; simpleValue?: null; image?: null; histo?: null; tensor: tensorboard.TensorProto.$Shape })
            );
        }
    }

    /**
     * Properties of a HistogramProto.
     * @deprecated Use tensorboard.HistogramProto.$Properties instead.
     */
    interface IHistogramProto extends tensorboard.HistogramProto.$Properties {
    }

    /** Represents a HistogramProto. */
    class HistogramProto {

        /**
         * Constructs a new HistogramProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.HistogramProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistogramProto min. */
        min: number;

        /** HistogramProto max. */
        max: number;

        /** HistogramProto num. */
        num: number;

        /** HistogramProto sum. */
        sum: number;

        /** HistogramProto sumSquares. */
        sumSquares: number;

        /** HistogramProto bucketLimit. */
        bucketLimit: number[];

        /** HistogramProto bucket. */
        bucket: number[];

        /**
         * Creates a new HistogramProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistogramProto instance
         */
        static create(properties: tensorboard.HistogramProto.$Shape): tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape;
        static create(properties?: tensorboard.HistogramProto.$Properties): tensorboard.HistogramProto;

        /**
         * Encodes the specified HistogramProto message. Does not implicitly {@link tensorboard.HistogramProto.verify|verify} messages.
         * @param message HistogramProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.HistogramProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HistogramProto message, length delimited. Does not implicitly {@link tensorboard.HistogramProto.verify|verify} messages.
         * @param message HistogramProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.HistogramProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistogramProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape} HistogramProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape;

        /**
         * Decodes a HistogramProto message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape} HistogramProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.HistogramProto & tensorboard.HistogramProto.$Shape;

        /**
         * Verifies a HistogramProto message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HistogramProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HistogramProto
         */
        static fromObject(object: { [k: string]: any }): tensorboard.HistogramProto;

        /**
         * Creates a plain object from a HistogramProto message. Also converts values to other types if specified.
         * @param message HistogramProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.HistogramProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HistogramProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for HistogramProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace HistogramProto {

        /** Properties of a HistogramProto. */
        interface $Properties {

            /** HistogramProto min */
            min?: (number|null);

            /** HistogramProto max */
            max?: (number|null);

            /** HistogramProto num */
            num?: (number|null);

            /** HistogramProto sum */
            sum?: (number|null);

            /** HistogramProto sumSquares */
            sumSquares?: (number|null);

            /** HistogramProto bucketLimit */
            bucketLimit?: (number[]|null);

            /** HistogramProto bucket */
            bucket?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistogramProto. */
        type $Shape = tensorboard.HistogramProto.$Properties;
    }

    /**
     * Properties of a TensorProto.
     * @deprecated Use tensorboard.TensorProto.$Properties instead.
     */
    interface ITensorProto extends tensorboard.TensorProto.$Properties {
    }

    /** Represents a TensorProto. */
    class TensorProto {

        /**
         * Constructs a new TensorProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.TensorProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorProto dtype. */
        dtype: tensorboard.DataType;

        /** TensorProto tensorShape. */
        tensorShape?: (tensorboard.TensorShapeProto.$Properties|null);

        /** TensorProto versionNumber. */
        versionNumber: number;

        /** TensorProto tensorContent. */
        tensorContent: Uint8Array;

        /** TensorProto floatVal. */
        floatVal: number[];

        /** TensorProto doubleVal. */
        doubleVal: number[];

        /** TensorProto intVal. */
        intVal: number[];

        /** TensorProto stringVal. */
        stringVal: Uint8Array[];

        /** TensorProto int64Val. */
        int64Val: (number|Long)[];

        /** TensorProto boolVal. */
        boolVal: boolean[];

        /**
         * Creates a new TensorProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorProto instance
         */
        static create(properties: tensorboard.TensorProto.$Shape): tensorboard.TensorProto & tensorboard.TensorProto.$Shape;
        static create(properties?: tensorboard.TensorProto.$Properties): tensorboard.TensorProto;

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link tensorboard.TensorProto.verify|verify} messages.
         * @param message TensorProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TensorProto message, length delimited. Does not implicitly {@link tensorboard.TensorProto.verify|verify} messages.
         * @param message TensorProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.TensorProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.TensorProto & tensorboard.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorProto & tensorboard.TensorProto.$Shape;

        /**
         * Decodes a TensorProto message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.TensorProto & tensorboard.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.TensorProto & tensorboard.TensorProto.$Shape;

        /**
         * Verifies a TensorProto message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TensorProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorProto
         */
        static fromObject(object: { [k: string]: any }): tensorboard.TensorProto;

        /**
         * Creates a plain object from a TensorProto message. Also converts values to other types if specified.
         * @param message TensorProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.TensorProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorProto {

        /** Properties of a TensorProto. */
        interface $Properties {

            /** TensorProto dtype */
            dtype?: (tensorboard.DataType|null);

            /** TensorProto tensorShape */
            tensorShape?: (tensorboard.TensorShapeProto.$Properties|null);

            /** TensorProto versionNumber */
            versionNumber?: (number|null);

            /** TensorProto tensorContent */
            tensorContent?: (Uint8Array|null);

            /** TensorProto floatVal */
            floatVal?: (number[]|null);

            /** TensorProto doubleVal */
            doubleVal?: (number[]|null);

            /** TensorProto intVal */
            intVal?: (number[]|null);

            /** TensorProto stringVal */
            stringVal?: (Uint8Array[]|null);

            /** TensorProto int64Val */
            int64Val?: ((number|Long)[]|null);

            /** TensorProto boolVal */
            boolVal?: (boolean[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorProto. */
        type $Shape = tensorboard.TensorProto.$Properties;
    }

    /**
     * Properties of a TensorShapeProto.
     * @deprecated Use tensorboard.TensorShapeProto.$Properties instead.
     */
    interface ITensorShapeProto extends tensorboard.TensorShapeProto.$Properties {
    }

    /** Represents a TensorShapeProto. */
    class TensorShapeProto {

        /**
         * Constructs a new TensorShapeProto.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.TensorShapeProto.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TensorShapeProto dim. */
        dim: tensorboard.TensorShapeProto.Dim.$Properties[];

        /** TensorShapeProto unknownRank. */
        unknownRank: boolean;

        /**
         * Creates a new TensorShapeProto instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TensorShapeProto instance
         */
        static create(properties: tensorboard.TensorShapeProto.$Shape): tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape;
        static create(properties?: tensorboard.TensorShapeProto.$Properties): tensorboard.TensorShapeProto;

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link tensorboard.TensorShapeProto.verify|verify} messages.
         * @param message TensorShapeProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.TensorShapeProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TensorShapeProto message, length delimited. Does not implicitly {@link tensorboard.TensorShapeProto.verify|verify} messages.
         * @param message TensorShapeProto message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.TensorShapeProto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape;

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.TensorShapeProto & tensorboard.TensorShapeProto.$Shape;

        /**
         * Verifies a TensorShapeProto message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TensorShapeProto message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TensorShapeProto
         */
        static fromObject(object: { [k: string]: any }): tensorboard.TensorShapeProto;

        /**
         * Creates a plain object from a TensorShapeProto message. Also converts values to other types if specified.
         * @param message TensorShapeProto
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.TensorShapeProto, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TensorShapeProto to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TensorShapeProto
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TensorShapeProto {

        /** Properties of a TensorShapeProto. */
        interface $Properties {

            /** TensorShapeProto dim */
            dim?: (tensorboard.TensorShapeProto.Dim.$Properties[]|null);

            /** TensorShapeProto unknownRank */
            unknownRank?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TensorShapeProto. */
        type $Shape = tensorboard.TensorShapeProto.$Properties;

        /**
         * Properties of a Dim.
         * @deprecated Use tensorboard.TensorShapeProto.Dim.$Properties instead.
         */
        interface IDim extends tensorboard.TensorShapeProto.Dim.$Properties {
        }

        /** Represents a Dim. */
        class Dim {

            /**
             * Constructs a new Dim.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorboard.TensorShapeProto.Dim.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Dim size. */
            size: (number|Long);

            /** Dim name. */
            name: string;

            /**
             * Creates a new Dim instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Dim instance
             */
            static create(properties: tensorboard.TensorShapeProto.Dim.$Shape): tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape;
            static create(properties?: tensorboard.TensorShapeProto.Dim.$Properties): tensorboard.TensorShapeProto.Dim;

            /**
             * Encodes the specified Dim message. Does not implicitly {@link tensorboard.TensorShapeProto.Dim.verify|verify} messages.
             * @param message Dim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorboard.TensorShapeProto.Dim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Dim message, length delimited. Does not implicitly {@link tensorboard.TensorShapeProto.Dim.verify|verify} messages.
             * @param message Dim message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tensorboard.TensorShapeProto.Dim.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Dim message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape;

            /**
             * Decodes a Dim message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape} Dim
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.TensorShapeProto.Dim & tensorboard.TensorShapeProto.Dim.$Shape;

            /**
             * Verifies a Dim message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Dim message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Dim
             */
            static fromObject(object: { [k: string]: any }): tensorboard.TensorShapeProto.Dim;

            /**
             * Creates a plain object from a Dim message. Also converts values to other types if specified.
             * @param message Dim
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorboard.TensorShapeProto.Dim, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Dim to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Dim
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Dim {

            /** Properties of a Dim. */
            interface $Properties {

                /** Dim size */
                size?: (number|Long|null);

                /** Dim name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Dim. */
            type $Shape = tensorboard.TensorShapeProto.Dim.$Properties;
        }
    }

    /** DataType enum. */
    enum DataType {

        /** DT_INVALID value */
        DT_INVALID = 0,

        /** DT_FLOAT value */
        DT_FLOAT = 1,

        /** DT_DOUBLE value */
        DT_DOUBLE = 2,

        /** DT_INT32 value */
        DT_INT32 = 3,

        /** DT_UINT8 value */
        DT_UINT8 = 4,

        /** DT_STRING value */
        DT_STRING = 7,

        /** DT_INT64 value */
        DT_INT64 = 9,

        /** DT_BOOL value */
        DT_BOOL = 10
    }

    /**
     * Properties of a Layout.
     * @deprecated Use tensorboard.Layout.$Properties instead.
     */
    interface ILayout extends tensorboard.Layout.$Properties {
    }

    /** Represents a Layout. */
    class Layout {

        /**
         * Constructs a new Layout.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.Layout.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Layout version. */
        version: number;

        /** Layout category. */
        category: tensorboard.Category.$Properties[];

        /**
         * Creates a new Layout instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Layout instance
         */
        static create(properties: tensorboard.Layout.$Shape): tensorboard.Layout & tensorboard.Layout.$Shape;
        static create(properties?: tensorboard.Layout.$Properties): tensorboard.Layout;

        /**
         * Encodes the specified Layout message. Does not implicitly {@link tensorboard.Layout.verify|verify} messages.
         * @param message Layout message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.Layout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Layout message, length delimited. Does not implicitly {@link tensorboard.Layout.verify|verify} messages.
         * @param message Layout message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.Layout.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Layout message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.Layout & tensorboard.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Layout & tensorboard.Layout.$Shape;

        /**
         * Decodes a Layout message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.Layout & tensorboard.Layout.$Shape} Layout
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Layout & tensorboard.Layout.$Shape;

        /**
         * Verifies a Layout message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Layout message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Layout
         */
        static fromObject(object: { [k: string]: any }): tensorboard.Layout;

        /**
         * Creates a plain object from a Layout message. Also converts values to other types if specified.
         * @param message Layout
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.Layout, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Layout to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Layout
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Layout {

        /** Properties of a Layout. */
        interface $Properties {

            /** Layout version */
            version?: (number|null);

            /** Layout category */
            category?: (tensorboard.Category.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Layout. */
        type $Shape = {
          version?: number|null;
          category?: tensorboard.Category.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Category.
     * @deprecated Use tensorboard.Category.$Properties instead.
     */
    interface ICategory extends tensorboard.Category.$Properties {
    }

    /** Represents a Category. */
    class Category {

        /**
         * Constructs a new Category.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.Category.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Category title. */
        title: string;

        /** Category chart. */
        chart: tensorboard.Chart.$Properties[];

        /** Category closed. */
        closed: boolean;

        /**
         * Creates a new Category instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Category instance
         */
        static create(properties: tensorboard.Category.$Shape): tensorboard.Category & tensorboard.Category.$Shape;
        static create(properties?: tensorboard.Category.$Properties): tensorboard.Category;

        /**
         * Encodes the specified Category message. Does not implicitly {@link tensorboard.Category.verify|verify} messages.
         * @param message Category message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.Category.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Category message, length delimited. Does not implicitly {@link tensorboard.Category.verify|verify} messages.
         * @param message Category message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.Category.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Category message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.Category & tensorboard.Category.$Shape} Category
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Category & tensorboard.Category.$Shape;

        /**
         * Decodes a Category message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.Category & tensorboard.Category.$Shape} Category
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Category & tensorboard.Category.$Shape;

        /**
         * Verifies a Category message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Category message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Category
         */
        static fromObject(object: { [k: string]: any }): tensorboard.Category;

        /**
         * Creates a plain object from a Category message. Also converts values to other types if specified.
         * @param message Category
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.Category, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Category to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Category
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Category {

        /** Properties of a Category. */
        interface $Properties {

            /** Category title */
            title?: (string|null);

            /** Category chart */
            chart?: (tensorboard.Chart.$Properties[]|null);

            /** Category closed */
            closed?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Category. */
        type $Shape = {
          title?: string|null;
          chart?: tensorboard.Chart.$Shape[]|null;
          closed?: boolean|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Chart.
     * @deprecated Use tensorboard.Chart.$Properties instead.
     */
    interface IChart extends tensorboard.Chart.$Properties {
    }

    /** Represents a Chart. */
    class Chart {

        /**
         * Constructs a new Chart.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.Chart.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Chart title. */
        title: string;

        /** Chart multiline. */
        multiline?: (tensorboard.MultilineChartContent.$Properties|null);

        /** Chart margin. */
        margin?: (tensorboard.MarginChartContent.$Properties|null);

        /** Chart content. */
        content?: ("multiline"|"margin");

        /**
         * Creates a new Chart instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Chart instance
         */
        static create(properties: tensorboard.Chart.$Shape): tensorboard.Chart & tensorboard.Chart.$Shape;
        static create(properties?: tensorboard.Chart.$Properties): tensorboard.Chart;

        /**
         * Encodes the specified Chart message. Does not implicitly {@link tensorboard.Chart.verify|verify} messages.
         * @param message Chart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.Chart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Chart message, length delimited. Does not implicitly {@link tensorboard.Chart.verify|verify} messages.
         * @param message Chart message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.Chart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Chart message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.Chart & tensorboard.Chart.$Shape} Chart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.Chart & tensorboard.Chart.$Shape;

        /**
         * Decodes a Chart message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.Chart & tensorboard.Chart.$Shape} Chart
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.Chart & tensorboard.Chart.$Shape;

        /**
         * Verifies a Chart message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Chart message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Chart
         */
        static fromObject(object: { [k: string]: any }): tensorboard.Chart;

        /**
         * Creates a plain object from a Chart message. Also converts values to other types if specified.
         * @param message Chart
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.Chart, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Chart to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Chart
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Chart {

        /** Properties of a Chart. */
        interface $Properties {

            /** Chart title */
            title?: (string|null);

            /** Chart multiline */
            multiline?: (tensorboard.MultilineChartContent.$Properties|null);

            /** Chart margin */
            margin?: (tensorboard.MarginChartContent.$Properties|null);

            /** Chart content */
            content?: ("multiline"|"margin");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Chart. */
        type $Shape = {
          title?: string|null;
          multiline?: tensorboard.MultilineChartContent.$Shape|null;
          margin?: tensorboard.MarginChartContent.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ content?: undefined; multiline?: null; margin?: null }|{ content?: "multiline"; multiline: tensorboard.MultilineChartContent.$Shape; margin?: null }|{ content?: "margin"; multiline?: null; margin: tensorboard.MarginChartContent.$Shape })
        );
    }

    /**
     * Properties of a MultilineChartContent.
     * @deprecated Use tensorboard.MultilineChartContent.$Properties instead.
     */
    interface IMultilineChartContent extends tensorboard.MultilineChartContent.$Properties {
    }

    /** Represents a MultilineChartContent. */
    class MultilineChartContent {

        /**
         * Constructs a new MultilineChartContent.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.MultilineChartContent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MultilineChartContent tag. */
        tag: string[];

        /**
         * Creates a new MultilineChartContent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MultilineChartContent instance
         */
        static create(properties: tensorboard.MultilineChartContent.$Shape): tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape;
        static create(properties?: tensorboard.MultilineChartContent.$Properties): tensorboard.MultilineChartContent;

        /**
         * Encodes the specified MultilineChartContent message. Does not implicitly {@link tensorboard.MultilineChartContent.verify|verify} messages.
         * @param message MultilineChartContent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.MultilineChartContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MultilineChartContent message, length delimited. Does not implicitly {@link tensorboard.MultilineChartContent.verify|verify} messages.
         * @param message MultilineChartContent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.MultilineChartContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MultilineChartContent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape} MultilineChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape;

        /**
         * Decodes a MultilineChartContent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape} MultilineChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.MultilineChartContent & tensorboard.MultilineChartContent.$Shape;

        /**
         * Verifies a MultilineChartContent message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MultilineChartContent message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MultilineChartContent
         */
        static fromObject(object: { [k: string]: any }): tensorboard.MultilineChartContent;

        /**
         * Creates a plain object from a MultilineChartContent message. Also converts values to other types if specified.
         * @param message MultilineChartContent
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.MultilineChartContent, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MultilineChartContent to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MultilineChartContent
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MultilineChartContent {

        /** Properties of a MultilineChartContent. */
        interface $Properties {

            /** MultilineChartContent tag */
            tag?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MultilineChartContent. */
        type $Shape = tensorboard.MultilineChartContent.$Properties;
    }

    /**
     * Properties of a MarginChartContent.
     * @deprecated Use tensorboard.MarginChartContent.$Properties instead.
     */
    interface IMarginChartContent extends tensorboard.MarginChartContent.$Properties {
    }

    /** Represents a MarginChartContent. */
    class MarginChartContent {

        /**
         * Constructs a new MarginChartContent.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.MarginChartContent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MarginChartContent series. */
        series: tensorboard.MarginChartContent.Series.$Properties[];

        /**
         * Creates a new MarginChartContent instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MarginChartContent instance
         */
        static create(properties: tensorboard.MarginChartContent.$Shape): tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape;
        static create(properties?: tensorboard.MarginChartContent.$Properties): tensorboard.MarginChartContent;

        /**
         * Encodes the specified MarginChartContent message. Does not implicitly {@link tensorboard.MarginChartContent.verify|verify} messages.
         * @param message MarginChartContent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.MarginChartContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified MarginChartContent message, length delimited. Does not implicitly {@link tensorboard.MarginChartContent.verify|verify} messages.
         * @param message MarginChartContent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.MarginChartContent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MarginChartContent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape} MarginChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape;

        /**
         * Decodes a MarginChartContent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape} MarginChartContent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.MarginChartContent & tensorboard.MarginChartContent.$Shape;

        /**
         * Verifies a MarginChartContent message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a MarginChartContent message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MarginChartContent
         */
        static fromObject(object: { [k: string]: any }): tensorboard.MarginChartContent;

        /**
         * Creates a plain object from a MarginChartContent message. Also converts values to other types if specified.
         * @param message MarginChartContent
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.MarginChartContent, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MarginChartContent to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MarginChartContent
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MarginChartContent {

        /** Properties of a MarginChartContent. */
        interface $Properties {

            /** MarginChartContent series */
            series?: (tensorboard.MarginChartContent.Series.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MarginChartContent. */
        type $Shape = tensorboard.MarginChartContent.$Properties;

        /**
         * Properties of a Series.
         * @deprecated Use tensorboard.MarginChartContent.Series.$Properties instead.
         */
        interface ISeries extends tensorboard.MarginChartContent.Series.$Properties {
        }

        /** Represents a Series. */
        class Series {

            /**
             * Constructs a new Series.
             * @param [properties] Properties to set
             */
            constructor(properties?: tensorboard.MarginChartContent.Series.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Series value. */
            value: string;

            /** Series lower. */
            lower: string;

            /** Series upper. */
            upper: string;

            /**
             * Creates a new Series instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Series instance
             */
            static create(properties: tensorboard.MarginChartContent.Series.$Shape): tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape;
            static create(properties?: tensorboard.MarginChartContent.Series.$Properties): tensorboard.MarginChartContent.Series;

            /**
             * Encodes the specified Series message. Does not implicitly {@link tensorboard.MarginChartContent.Series.verify|verify} messages.
             * @param message Series message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tensorboard.MarginChartContent.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Series message, length delimited. Does not implicitly {@link tensorboard.MarginChartContent.Series.verify|verify} messages.
             * @param message Series message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: tensorboard.MarginChartContent.Series.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Series message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape;

            /**
             * Decodes a Series message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape} Series
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.MarginChartContent.Series & tensorboard.MarginChartContent.Series.$Shape;

            /**
             * Verifies a Series message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Series message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Series
             */
            static fromObject(object: { [k: string]: any }): tensorboard.MarginChartContent.Series;

            /**
             * Creates a plain object from a Series message. Also converts values to other types if specified.
             * @param message Series
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tensorboard.MarginChartContent.Series, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Series to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Series
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Series {

            /** Properties of a Series. */
            interface $Properties {

                /** Series value */
                value?: (string|null);

                /** Series lower */
                lower?: (string|null);

                /** Series upper */
                upper?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Series. */
            type $Shape = tensorboard.MarginChartContent.Series.$Properties;
        }
    }

    /**
     * Properties of a ScalarPluginData.
     * @deprecated Use tensorboard.ScalarPluginData.$Properties instead.
     */
    interface IScalarPluginData extends tensorboard.ScalarPluginData.$Properties {
    }

    /** Represents a ScalarPluginData. */
    class ScalarPluginData {

        /**
         * Constructs a new ScalarPluginData.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.ScalarPluginData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ScalarPluginData version. */
        version: number;

        /**
         * Creates a new ScalarPluginData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ScalarPluginData instance
         */
        static create(properties: tensorboard.ScalarPluginData.$Shape): tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape;
        static create(properties?: tensorboard.ScalarPluginData.$Properties): tensorboard.ScalarPluginData;

        /**
         * Encodes the specified ScalarPluginData message. Does not implicitly {@link tensorboard.ScalarPluginData.verify|verify} messages.
         * @param message ScalarPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.ScalarPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ScalarPluginData message, length delimited. Does not implicitly {@link tensorboard.ScalarPluginData.verify|verify} messages.
         * @param message ScalarPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.ScalarPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ScalarPluginData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape} ScalarPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape;

        /**
         * Decodes a ScalarPluginData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape} ScalarPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.ScalarPluginData & tensorboard.ScalarPluginData.$Shape;

        /**
         * Verifies a ScalarPluginData message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a ScalarPluginData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ScalarPluginData
         */
        static fromObject(object: { [k: string]: any }): tensorboard.ScalarPluginData;

        /**
         * Creates a plain object from a ScalarPluginData message. Also converts values to other types if specified.
         * @param message ScalarPluginData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.ScalarPluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ScalarPluginData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ScalarPluginData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ScalarPluginData {

        /** Properties of a ScalarPluginData. */
        interface $Properties {

            /** ScalarPluginData version */
            version?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ScalarPluginData. */
        type $Shape = tensorboard.ScalarPluginData.$Properties;
    }

    /**
     * Properties of a HistogramPluginData.
     * @deprecated Use tensorboard.HistogramPluginData.$Properties instead.
     */
    interface IHistogramPluginData extends tensorboard.HistogramPluginData.$Properties {
    }

    /** Represents a HistogramPluginData. */
    class HistogramPluginData {

        /**
         * Constructs a new HistogramPluginData.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.HistogramPluginData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistogramPluginData version. */
        version: number;

        /**
         * Creates a new HistogramPluginData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistogramPluginData instance
         */
        static create(properties: tensorboard.HistogramPluginData.$Shape): tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape;
        static create(properties?: tensorboard.HistogramPluginData.$Properties): tensorboard.HistogramPluginData;

        /**
         * Encodes the specified HistogramPluginData message. Does not implicitly {@link tensorboard.HistogramPluginData.verify|verify} messages.
         * @param message HistogramPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.HistogramPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified HistogramPluginData message, length delimited. Does not implicitly {@link tensorboard.HistogramPluginData.verify|verify} messages.
         * @param message HistogramPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.HistogramPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistogramPluginData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape} HistogramPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape;

        /**
         * Decodes a HistogramPluginData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape} HistogramPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.HistogramPluginData & tensorboard.HistogramPluginData.$Shape;

        /**
         * Verifies a HistogramPluginData message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a HistogramPluginData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns HistogramPluginData
         */
        static fromObject(object: { [k: string]: any }): tensorboard.HistogramPluginData;

        /**
         * Creates a plain object from a HistogramPluginData message. Also converts values to other types if specified.
         * @param message HistogramPluginData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.HistogramPluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this HistogramPluginData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for HistogramPluginData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace HistogramPluginData {

        /** Properties of a HistogramPluginData. */
        interface $Properties {

            /** HistogramPluginData version */
            version?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistogramPluginData. */
        type $Shape = tensorboard.HistogramPluginData.$Properties;
    }

    /**
     * Properties of an ImagePluginData.
     * @deprecated Use tensorboard.ImagePluginData.$Properties instead.
     */
    interface IImagePluginData extends tensorboard.ImagePluginData.$Properties {
    }

    /** Represents an ImagePluginData. */
    class ImagePluginData {

        /**
         * Constructs a new ImagePluginData.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.ImagePluginData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ImagePluginData version. */
        version: number;

        /** ImagePluginData convertedToTensor. */
        convertedToTensor: boolean;

        /**
         * Creates a new ImagePluginData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImagePluginData instance
         */
        static create(properties: tensorboard.ImagePluginData.$Shape): tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape;
        static create(properties?: tensorboard.ImagePluginData.$Properties): tensorboard.ImagePluginData;

        /**
         * Encodes the specified ImagePluginData message. Does not implicitly {@link tensorboard.ImagePluginData.verify|verify} messages.
         * @param message ImagePluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.ImagePluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ImagePluginData message, length delimited. Does not implicitly {@link tensorboard.ImagePluginData.verify|verify} messages.
         * @param message ImagePluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.ImagePluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImagePluginData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape} ImagePluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape;

        /**
         * Decodes an ImagePluginData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape} ImagePluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.ImagePluginData & tensorboard.ImagePluginData.$Shape;

        /**
         * Verifies an ImagePluginData message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ImagePluginData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ImagePluginData
         */
        static fromObject(object: { [k: string]: any }): tensorboard.ImagePluginData;

        /**
         * Creates a plain object from an ImagePluginData message. Also converts values to other types if specified.
         * @param message ImagePluginData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.ImagePluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ImagePluginData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ImagePluginData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ImagePluginData {

        /** Properties of an ImagePluginData. */
        interface $Properties {

            /** ImagePluginData version */
            version?: (number|null);

            /** ImagePluginData convertedToTensor */
            convertedToTensor?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImagePluginData. */
        type $Shape = tensorboard.ImagePluginData.$Properties;
    }

    /**
     * Properties of a TextPluginData.
     * @deprecated Use tensorboard.TextPluginData.$Properties instead.
     */
    interface ITextPluginData extends tensorboard.TextPluginData.$Properties {
    }

    /** Represents a TextPluginData. */
    class TextPluginData {

        /**
         * Constructs a new TextPluginData.
         * @param [properties] Properties to set
         */
        constructor(properties?: tensorboard.TextPluginData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TextPluginData version. */
        version: number;

        /**
         * Creates a new TextPluginData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TextPluginData instance
         */
        static create(properties: tensorboard.TextPluginData.$Shape): tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape;
        static create(properties?: tensorboard.TextPluginData.$Properties): tensorboard.TextPluginData;

        /**
         * Encodes the specified TextPluginData message. Does not implicitly {@link tensorboard.TextPluginData.verify|verify} messages.
         * @param message TextPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: tensorboard.TextPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TextPluginData message, length delimited. Does not implicitly {@link tensorboard.TextPluginData.verify|verify} messages.
         * @param message TextPluginData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: tensorboard.TextPluginData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TextPluginData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape} TextPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape;

        /**
         * Decodes a TextPluginData message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape} TextPluginData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): tensorboard.TextPluginData & tensorboard.TextPluginData.$Shape;

        /**
         * Verifies a TextPluginData message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a TextPluginData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TextPluginData
         */
        static fromObject(object: { [k: string]: any }): tensorboard.TextPluginData;

        /**
         * Creates a plain object from a TextPluginData message. Also converts values to other types if specified.
         * @param message TextPluginData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: tensorboard.TextPluginData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TextPluginData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TextPluginData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TextPluginData {

        /** Properties of a TextPluginData. */
        interface $Properties {

            /** TextPluginData version */
            version?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TextPluginData. */
        type $Shape = tensorboard.TextPluginData.$Properties;
    }
}
