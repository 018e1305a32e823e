// Makes protobufjs decode int64/uint64 as JS numbers (the generated types say number): with
// `long` installed it would otherwise hand out Long objects. Must load before the generated module.
import $protobuf from 'protobufjs/minimal.js';

$protobuf.util.Long = undefined as never;
$protobuf.configure();
