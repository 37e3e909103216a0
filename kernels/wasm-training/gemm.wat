;; A single-precision matrix product C = A·B (or C += A·B) for the WASM backend's memory, with
;; fused multiply-adds (WebAssembly relaxed SIMD: f32x4.relaxed_madd compiles to vfmadd on x86
;; with FMA). tfjs-backend-wasm's XNNPACK build has no relaxed-SIMD kernels, so its products
;; issue a multiply and an add per lane; here one instruction does both, which is what the MLP's
;; training step (73% products) needs. buildWasmModules.mjs also assembles a plain-SIMD copy
;; (each relaxed_madd rewritten as mul + add) so the packing and edge logic are testable on
;; engines without relaxed SIMD; the app uses the plain copy nowhere (XNNPACK is as fast).
;;
;; Layout, as in BLIS/GotoBLAS: A is packed into panels of 4 rows ([K][4] each), B into panels of
;; 8 columns ([K][8] each), both zero-padded at the edges. The 4x8 micro-kernel keeps C's block
;; in 8 registers and, per k, loads 8 floats of B and splats 4 of A: 8 multiply-adds for 6 loads.
;; Every pointer is a byte address in the backend's memory; strides are in elements.
(module
  (import "env" "memory" (memory 1))

  ;; Packs A (M x K; element (m, k) at src + 4*(m*rs + k*cs)) into ceil(M/4) panels of [K][4].
  (func (export "packA")
    (param $dst i32) (param $src i32) (param $M i32) (param $K i32) (param $rs i32) (param $cs i32)
    (local $m0 i32) (local $k i32) (local $r i32) (local $rows i32) (local $out i32) (local $at i32)
    (local $rsBytes i32) (local $csBytes i32)
    (local.set $rsBytes (i32.shl (local.get $rs) (i32.const 2)))
    (local.set $csBytes (i32.shl (local.get $cs) (i32.const 2)))
    (local.set $out (local.get $dst))
    (block $panelsDone
      (loop $panels
        (br_if $panelsDone (i32.ge_s (local.get $m0) (local.get $M)))
        (local.set $rows (i32.sub (local.get $M) (local.get $m0)))
        (if (i32.gt_s (local.get $rows) (i32.const 4)) (then (local.set $rows (i32.const 4))))
        (local.set $k (i32.const 0))
        (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $rs) (i32.const 1)))
          (then
            ;; A stored transposed (its 4 rows are adjacent at each k): one vector per k.
            (local.set $at (i32.add (local.get $src) (i32.shl (local.get $m0) (i32.const 2))))
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (v128.store (local.get $out) (v128.load (local.get $at)))
              (local.set $at (i32.add (local.get $at) (local.get $csBytes)))
              (local.set $out (i32.add (local.get $out) (i32.const 16)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks))))
          (else
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (local.set $at
                (i32.add (local.get $src)
                  (i32.add (i32.mul (local.get $m0) (local.get $rsBytes)) (i32.mul (local.get $k) (local.get $csBytes)))))
              (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
              (local.set $r (i32.const 0))
              (block $rowsDone (loop $rowLoop
                (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $rows)))
                (f32.store (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2))) (f32.load (local.get $at)))
                (local.set $at (i32.add (local.get $at) (local.get $rsBytes)))
                (local.set $r (i32.add (local.get $r) (i32.const 1)))
                (br $rowLoop)))
              (local.set $out (i32.add (local.get $out) (i32.const 16)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks)))))
        (local.set $m0 (i32.add (local.get $m0) (i32.const 4)))
        (br $panels))))

  ;; Packs B (K x N; element (k, n) at src + 4*(k*rs + n*cs)) into ceil(N/8) panels of [K][8].
  (func (export "packB")
    (param $dst i32) (param $src i32) (param $K i32) (param $N i32) (param $rs i32) (param $cs i32)
    (local $n0 i32) (local $k i32) (local $j i32) (local $cols i32) (local $out i32) (local $at i32)
    (local $rsBytes i32) (local $csBytes i32)
    (local.set $rsBytes (i32.shl (local.get $rs) (i32.const 2)))
    (local.set $csBytes (i32.shl (local.get $cs) (i32.const 2)))
    (local.set $out (local.get $dst))
    (block $panelsDone
      (loop $panels
        (br_if $panelsDone (i32.ge_s (local.get $n0) (local.get $N)))
        (local.set $cols (i32.sub (local.get $N) (local.get $n0)))
        (if (i32.gt_s (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
        (local.set $k (i32.const 0))
        (if (i32.and (i32.eq (local.get $cols) (i32.const 8)) (i32.eq (local.get $cs) (i32.const 1)))
          (then
            ;; B row-major: 8 adjacent floats per k.
            (local.set $at (i32.add (local.get $src) (i32.shl (local.get $n0) (i32.const 2))))
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (v128.store (local.get $out) (v128.load (local.get $at)))
              (v128.store offset=16 (local.get $out) (v128.load offset=16 (local.get $at)))
              (local.set $at (i32.add (local.get $at) (local.get $rsBytes)))
              (local.set $out (i32.add (local.get $out) (i32.const 32)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks))))
          (else
            (block $done (loop $ks
              (br_if $done (i32.ge_s (local.get $k) (local.get $K)))
              (local.set $at
                (i32.add (local.get $src)
                  (i32.add (i32.mul (local.get $k) (local.get $rsBytes)) (i32.mul (local.get $n0) (local.get $csBytes)))))
              (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
              (v128.store offset=16 (local.get $out) (v128.const f32x4 0 0 0 0))
              (local.set $j (i32.const 0))
              (block $colsDone (loop $colLoop
                (br_if $colsDone (i32.ge_s (local.get $j) (local.get $cols)))
                (f32.store (i32.add (local.get $out) (i32.shl (local.get $j) (i32.const 2))) (f32.load (local.get $at)))
                (local.set $at (i32.add (local.get $at) (local.get $csBytes)))
                (local.set $j (i32.add (local.get $j) (i32.const 1)))
                (br $colLoop)))
              (local.set $out (i32.add (local.get $out) (i32.const 32)))
              (local.set $k (i32.add (local.get $k) (i32.const 1)))
              (br $ks)))))
        (local.set $n0 (i32.add (local.get $n0) (i32.const 8)))
        (br $panels))))

  ;; The byte address of tap (fy, fx) of a window whose corner is (iy, ix) in the image at
  ;; x + base, or -1 where the tap falls in the padding.
  (func $tapAddress
    (param $x i32) (param $base i32) (param $iy i32) (param $ix i32) (param $fy i32) (param $fx i32)
    (param $inH i32) (param $inW i32) (param $rowBytes i32) (param $pixelBytes i32) (result i32)
    (local.set $iy (i32.add (local.get $iy) (local.get $fy)))
    (local.set $ix (i32.add (local.get $ix) (local.get $fx)))
    (if (result i32) (i32.and (i32.lt_u (local.get $iy) (local.get $inH)) (i32.lt_u (local.get $ix) (local.get $inW)))
      (then
        (i32.add (i32.add (local.get $x) (local.get $base))
          (i32.add (i32.mul (local.get $iy) (local.get $rowBytes)) (i32.mul (local.get $ix) (local.get $pixelBytes)))))
      (else (i32.const -1))))

  ;; Packs the image patches of a channels-last convolution as A panels for its forward product
  ;; y[p, o] = sum over taps of patch[p, tap] * W[tap, o]: A's rows are output positions
  ;; p = (n, oy, ox), `count` of them from p0 (an M block), its columns taps (fy, fx, c),
  ;; c fastest. Per panel of 4 positions and 4 channels of a tap: four 16-byte loads (zeros in
  ;; the padding or past the block's last position) and a 4x4 transpose. Same geometry
  ;; arguments as packPatchesT.
  (func (export "packPatches")
    (param $dst i32) (param $x i32) (param $p0 i32) (param $count i32)
    (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $padTop i32) (param $padLeft i32)
    (local $p i32) (local $end i32) (local $pos i32) (local $fy i32) (local $fx i32) (local $c0 i32)
    (local $oy i32) (local $ox i32)
    (local $base0 i32) (local $base1 i32) (local $base2 i32) (local $base3 i32)
    (local $iy0 i32) (local $iy1 i32) (local $iy2 i32) (local $iy3 i32)
    (local $ix0 i32) (local $ix1 i32) (local $ix2 i32) (local $ix3 i32)
    (local $src0 i32) (local $src1 i32) (local $src2 i32) (local $src3 i32)
    (local $out i32) (local $imageBytes i32) (local $rowBytes i32) (local $pixelBytes i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128) (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $pixelBytes (i32.shl (local.get $C) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $inW) (local.get $pixelBytes)))
    (local.set $imageBytes (i32.mul (local.get $inH) (local.get $rowBytes)))
    (local.set $end (i32.add (local.get $p0) (local.get $count)))
    (local.set $out (local.get $dst))
    (local.set $p (local.get $p0))
    (block $panelsDone (loop $panels
      (br_if $panelsDone (i32.ge_s (local.get $p) (local.get $end)))
      ;; Each of the panel's 4 positions once: its image's byte offset and its window's corner.
      (local.set $pos (i32.add (local.get $p) (i32.const 0)))
      (local.set $ox (i32.rem_u (local.get $pos) (local.get $outW)))
      (local.set $oy (i32.div_u (local.get $pos) (local.get $outW)))
      (local.set $base0 (i32.mul (i32.div_u (local.get $oy) (local.get $outH)) (local.get $imageBytes)))
      (local.set $iy0 (i32.sub (i32.mul (i32.rem_u (local.get $oy) (local.get $outH)) (local.get $sh)) (local.get $padTop)))
      (local.set $ix0 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
      ;; Past the block's last position: a row no tap can reach, so zeros.
      (if (i32.ge_s (local.get $pos) (local.get $end)) (then (local.set $iy0 (i32.const -1073741824))))
      (local.set $pos (i32.add (local.get $p) (i32.const 1)))
      (local.set $ox (i32.rem_u (local.get $pos) (local.get $outW)))
      (local.set $oy (i32.div_u (local.get $pos) (local.get $outW)))
      (local.set $base1 (i32.mul (i32.div_u (local.get $oy) (local.get $outH)) (local.get $imageBytes)))
      (local.set $iy1 (i32.sub (i32.mul (i32.rem_u (local.get $oy) (local.get $outH)) (local.get $sh)) (local.get $padTop)))
      (local.set $ix1 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
      ;; Past the block's last position: a row no tap can reach, so zeros.
      (if (i32.ge_s (local.get $pos) (local.get $end)) (then (local.set $iy1 (i32.const -1073741824))))
      (local.set $pos (i32.add (local.get $p) (i32.const 2)))
      (local.set $ox (i32.rem_u (local.get $pos) (local.get $outW)))
      (local.set $oy (i32.div_u (local.get $pos) (local.get $outW)))
      (local.set $base2 (i32.mul (i32.div_u (local.get $oy) (local.get $outH)) (local.get $imageBytes)))
      (local.set $iy2 (i32.sub (i32.mul (i32.rem_u (local.get $oy) (local.get $outH)) (local.get $sh)) (local.get $padTop)))
      (local.set $ix2 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
      ;; Past the block's last position: a row no tap can reach, so zeros.
      (if (i32.ge_s (local.get $pos) (local.get $end)) (then (local.set $iy2 (i32.const -1073741824))))
      (local.set $pos (i32.add (local.get $p) (i32.const 3)))
      (local.set $ox (i32.rem_u (local.get $pos) (local.get $outW)))
      (local.set $oy (i32.div_u (local.get $pos) (local.get $outW)))
      (local.set $base3 (i32.mul (i32.div_u (local.get $oy) (local.get $outH)) (local.get $imageBytes)))
      (local.set $iy3 (i32.sub (i32.mul (i32.rem_u (local.get $oy) (local.get $outH)) (local.get $sh)) (local.get $padTop)))
      (local.set $ix3 (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)))
      ;; Past the block's last position: a row no tap can reach, so zeros.
      (if (i32.ge_s (local.get $pos) (local.get $end)) (then (local.set $iy3 (i32.const -1073741824))))
      (local.set $fy (i32.const 0))
      (block $fyDone (loop $fyLoop
        (br_if $fyDone (i32.ge_s (local.get $fy) (local.get $fh)))
        (local.set $fx (i32.const 0))
        (block $fxDone (loop $fxLoop
          (br_if $fxDone (i32.ge_s (local.get $fx) (local.get $fw)))
          ;; The tap's pixel (byte address) for each of the panel's 4 positions, or -1 for zeros.
          (local.set $src0 (call $tapAddress (local.get $x) (local.get $base0) (local.get $iy0) (local.get $ix0) (local.get $fy) (local.get $fx) (local.get $inH) (local.get $inW) (local.get $rowBytes) (local.get $pixelBytes)))
          (local.set $src1 (call $tapAddress (local.get $x) (local.get $base1) (local.get $iy1) (local.get $ix1) (local.get $fy) (local.get $fx) (local.get $inH) (local.get $inW) (local.get $rowBytes) (local.get $pixelBytes)))
          (local.set $src2 (call $tapAddress (local.get $x) (local.get $base2) (local.get $iy2) (local.get $ix2) (local.get $fy) (local.get $fx) (local.get $inH) (local.get $inW) (local.get $rowBytes) (local.get $pixelBytes)))
          (local.set $src3 (call $tapAddress (local.get $x) (local.get $base3) (local.get $iy3) (local.get $ix3) (local.get $fy) (local.get $fx) (local.get $inH) (local.get $inW) (local.get $rowBytes) (local.get $pixelBytes)))
          (local.set $c0 (i32.const 0))
          (block $cDone (loop $cLoop
            (br_if $cDone (i32.ge_s (local.get $c0) (local.get $pixelBytes)))
            (local.set $v0 (if (result v128) (i32.lt_s (local.get $src0) (i32.const 0)) (then (v128.const i32x4 0 0 0 0)) (else (v128.load (i32.add (local.get $src0) (local.get $c0))))))
            (local.set $v1 (if (result v128) (i32.lt_s (local.get $src1) (i32.const 0)) (then (v128.const i32x4 0 0 0 0)) (else (v128.load (i32.add (local.get $src1) (local.get $c0))))))
            (local.set $v2 (if (result v128) (i32.lt_s (local.get $src2) (i32.const 0)) (then (v128.const i32x4 0 0 0 0)) (else (v128.load (i32.add (local.get $src2) (local.get $c0))))))
            (local.set $v3 (if (result v128) (i32.lt_s (local.get $src3) (i32.const 0)) (then (v128.const i32x4 0 0 0 0)) (else (v128.load (i32.add (local.get $src3) (local.get $c0))))))
            ;; 4x4 transpose: the k-th stored vector holds channel c0 + k of positions 0..3.
            (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v0) (local.get $v1)))
            (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v0) (local.get $v1)))
            (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (local.get $v2) (local.get $v3)))
            (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (local.get $v2) (local.get $v3)))
            (v128.store (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
            (v128.store offset=16 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
            (v128.store offset=32 (local.get $out) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
            (v128.store offset=48 (local.get $out) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
            (local.set $out (i32.add (local.get $out) (i32.const 64)))
            (local.set $c0 (i32.add (local.get $c0) (i32.const 16)))
            (br $cLoop)))
          (local.set $fx (i32.add (local.get $fx) (i32.const 1)))
          (br $fxLoop)))
        (local.set $fy (i32.add (local.get $fy) (i32.const 1)))
        (br $fyLoop)))
      (local.set $p (i32.add (local.get $p) (i32.const 4)))
      (br $panels))))

  ;; Packs the transposed image patches of a channels-last convolution as A panels for the filter
  ;; gradient dW[tap, o] = sum over positions p of patch[p, tap] * dy[p, o]: A's rows are taps
  ;; (fy, fx, c) with c fastest, its columns output positions p = (n, oy, ox), here `count` of
  ;; them from p0 (a K block). Channels come in fours, so a panel is 4 adjacent channels of one
  ;; filter tap and each of its columns one 16-byte load of x (zeros where the tap falls in the
  ;; padding). Geometry (all in elements): x is [batch, inH, inW, C]; the output grid outH x outW.
  (func (export "packPatchesT")
    (param $dst i32) (param $x i32) (param $p0 i32) (param $count i32)
    (param $inH i32) (param $inW i32) (param $C i32) (param $outH i32) (param $outW i32)
    (param $fh i32) (param $fw i32) (param $sh i32) (param $sw i32) (param $padTop i32) (param $padLeft i32)
    (local $fy i32) (local $fx i32) (local $c0 i32) (local $p i32) (local $end i32)
    (local $n i32) (local $oy i32) (local $ox i32) (local $iy i32) (local $ix i32)
    (local $out i32) (local $imageBytes i32) (local $rowBytes i32) (local $pixelBytes i32)
    (local $segEnd i32) (local $src i32) (local $step i32)
    (local.set $pixelBytes (i32.shl (local.get $C) (i32.const 2)))
    (local.set $rowBytes (i32.mul (local.get $inW) (local.get $pixelBytes)))
    (local.set $imageBytes (i32.mul (local.get $inH) (local.get $rowBytes)))
    (local.set $step (i32.mul (local.get $sw) (local.get $pixelBytes)))
    (local.set $end (i32.add (local.get $p0) (local.get $count)))
    (local.set $out (local.get $dst))
    (block $fyDone (loop $fyLoop
      (br_if $fyDone (i32.ge_s (local.get $fy) (local.get $fh)))
      (local.set $fx (i32.const 0))
      (block $fxDone (loop $fxLoop
        (br_if $fxDone (i32.ge_s (local.get $fx) (local.get $fw)))
        (local.set $c0 (i32.const 0))
        (block $cDone (loop $cLoop
          (br_if $cDone (i32.ge_s (local.get $c0) (local.get $C)))
          ;; (n, oy, ox) of position p0.
          (local.set $ox (i32.rem_u (local.get $p0) (local.get $outW)))
          (local.set $oy (i32.div_u (local.get $p0) (local.get $outW)))
          (local.set $n (i32.div_u (local.get $oy) (local.get $outH)))
          (local.set $oy (i32.rem_u (local.get $oy) (local.get $outH)))
          (local.set $p (local.get $p0))
          ;; A segment at a time: the rest of one output row (or of the block).
          (block $pDone (loop $segments
            (br_if $pDone (i32.ge_s (local.get $p) (local.get $end)))
            (local.set $segEnd (i32.add (local.get $ox) (i32.sub (local.get $end) (local.get $p))))
            (if (i32.gt_s (local.get $segEnd) (local.get $outW)) (then (local.set $segEnd (local.get $outW))))
            (local.set $p (i32.add (local.get $p) (i32.sub (local.get $segEnd) (local.get $ox))))
            (local.set $iy (i32.add (i32.sub (i32.mul (local.get $oy) (local.get $sh)) (local.get $padTop)) (local.get $fy)))
            (if (i32.lt_u (local.get $iy) (local.get $inH))
              (then
                (local.set $ix (i32.add (i32.sub (i32.mul (local.get $ox) (local.get $sw)) (local.get $padLeft)) (local.get $fx)))
                (local.set $src
                  (i32.add (i32.add (local.get $x) (i32.shl (local.get $c0) (i32.const 2)))
                    (i32.add
                      (i32.add (i32.mul (local.get $n) (local.get $imageBytes)) (i32.mul (local.get $iy) (local.get $rowBytes)))
                      (i32.mul (local.get $ix) (local.get $pixelBytes)))))
                (block $rowDone (loop $row
                  (br_if $rowDone (i32.ge_s (local.get $ox) (local.get $segEnd)))
                  (v128.store (local.get $out)
                    (if (result v128) (i32.lt_u (local.get $ix) (local.get $inW))
                      (then (v128.load (local.get $src)))
                      (else (v128.const f32x4 0 0 0 0))))
                  (local.set $out (i32.add (local.get $out) (i32.const 16)))
                  (local.set $ix (i32.add (local.get $ix) (local.get $sw)))
                  (local.set $src (i32.add (local.get $src) (local.get $step)))
                  (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                  (br $row))))
              (else
                ;; The tap's input row is padding: zeros for the whole segment.
                (block $rowDone (loop $row
                  (br_if $rowDone (i32.ge_s (local.get $ox) (local.get $segEnd)))
                  (v128.store (local.get $out) (v128.const f32x4 0 0 0 0))
                  (local.set $out (i32.add (local.get $out) (i32.const 16)))
                  (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
                  (br $row)))))
            ;; Next output row (and image).
            (local.set $ox (i32.const 0))
            (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
            (if (i32.eq (local.get $oy) (local.get $outH))
              (then
                (local.set $oy (i32.const 0))
                (local.set $n (i32.add (local.get $n) (i32.const 1)))))
            (br $segments)))
          (local.set $c0 (i32.add (local.get $c0) (i32.const 4)))
          (br $cLoop)))
        (local.set $fx (i32.add (local.get $fx) (i32.const 1)))
        (br $fxLoop)))
      (local.set $fy (i32.add (local.get $fy) (i32.const 1)))
      (br $fyLoop))))

  ;; One 4x8 block of C from an A panel and a B panel (K >= 1). A full block is written (or added)
  ;; straight into C; an edge block goes through `tmp` (128 bytes) and only its rows x cols land.
  (func $block
    (param $c i32) (param $ap i32) (param $bp i32) (param $K i32) (param $ldcBytes i32)
    (param $rows i32) (param $cols i32) (param $accumulate i32) (param $tmp i32)
    (local $end i32) (local $a v128) (local $b0 v128) (local $b1 v128)
    (local $c00 v128) (local $c01 v128) (local $c10 v128) (local $c11 v128)
    (local $c20 v128) (local $c21 v128) (local $c30 v128) (local $c31 v128)
    (local $r i32) (local $j i32) (local $row i32) (local $at i32)
    (local.set $end (i32.add (local.get $ap) (i32.shl (local.get $K) (i32.const 4))))
    (loop $ks
      (local.set $b0 (v128.load (local.get $bp)))
      (local.set $b1 (v128.load offset=16 (local.get $bp)))
      (local.set $a (v128.load32_splat (local.get $ap)))
      (local.set $c00 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c00)))
      (local.set $c01 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c01)))
      (local.set $a (v128.load32_splat offset=4 (local.get $ap)))
      (local.set $c10 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c10)))
      (local.set $c11 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c11)))
      (local.set $a (v128.load32_splat offset=8 (local.get $ap)))
      (local.set $c20 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c20)))
      (local.set $c21 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c21)))
      (local.set $a (v128.load32_splat offset=12 (local.get $ap)))
      (local.set $c30 (f32x4.relaxed_madd (local.get $a) (local.get $b0) (local.get $c30)))
      (local.set $c31 (f32x4.relaxed_madd (local.get $a) (local.get $b1) (local.get $c31)))
      (local.set $ap (i32.add (local.get $ap) (i32.const 16)))
      (local.set $bp (i32.add (local.get $bp) (i32.const 32)))
      (br_if $ks (i32.lt_u (local.get $ap) (local.get $end))))
    (if (i32.and (i32.eq (local.get $rows) (i32.const 4)) (i32.eq (local.get $cols) (i32.const 8)))
      (then
        (if (local.get $accumulate)
          (then
            (local.set $c00 (f32x4.add (local.get $c00) (v128.load (local.get $c))))
            (local.set $c01 (f32x4.add (local.get $c01) (v128.load offset=16 (local.get $c))))
            (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
            (local.set $c10 (f32x4.add (local.get $c10) (v128.load (local.get $at))))
            (local.set $c11 (f32x4.add (local.get $c11) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c20 (f32x4.add (local.get $c20) (v128.load (local.get $at))))
            (local.set $c21 (f32x4.add (local.get $c21) (v128.load offset=16 (local.get $at))))
            (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
            (local.set $c30 (f32x4.add (local.get $c30) (v128.load (local.get $at))))
            (local.set $c31 (f32x4.add (local.get $c31) (v128.load offset=16 (local.get $at))))))
        (v128.store (local.get $c) (local.get $c00))
        (v128.store offset=16 (local.get $c) (local.get $c01))
        (local.set $at (i32.add (local.get $c) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c10))
        (v128.store offset=16 (local.get $at) (local.get $c11))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c20))
        (v128.store offset=16 (local.get $at) (local.get $c21))
        (local.set $at (i32.add (local.get $at) (local.get $ldcBytes)))
        (v128.store (local.get $at) (local.get $c30))
        (v128.store offset=16 (local.get $at) (local.get $c31))
        (return)))
    (v128.store (local.get $tmp) (local.get $c00))
    (v128.store offset=16 (local.get $tmp) (local.get $c01))
    (v128.store offset=32 (local.get $tmp) (local.get $c10))
    (v128.store offset=48 (local.get $tmp) (local.get $c11))
    (v128.store offset=64 (local.get $tmp) (local.get $c20))
    (v128.store offset=80 (local.get $tmp) (local.get $c21))
    (v128.store offset=96 (local.get $tmp) (local.get $c30))
    (v128.store offset=112 (local.get $tmp) (local.get $c31))
    (block $rowsDone (loop $rowLoop
      (br_if $rowsDone (i32.ge_s (local.get $r) (local.get $rows)))
      (local.set $row (i32.add (local.get $c) (i32.mul (local.get $r) (local.get $ldcBytes))))
      (local.set $j (i32.const 0))
      (block $colsDone (loop $colLoop
        (br_if $colsDone (i32.ge_s (local.get $j) (local.get $cols)))
        (local.set $at (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2))))
        (f32.store (local.get $at)
          (if (result f32) (local.get $accumulate)
            (then
              (f32.add (f32.load (local.get $at))
                (f32.load (i32.add (local.get $tmp) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 3)) (local.get $j)) (i32.const 2))))))
            (else
              (f32.load (i32.add (local.get $tmp) (i32.shl (i32.add (i32.shl (local.get $r) (i32.const 3)) (local.get $j)) (i32.const 2)))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $colLoop)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowLoop))))

  ;; C (M x N, row stride ldc) = or += packed A · packed B, K >= 1. B's panels are taken
  ;; `panelsPerChunk` at a time (sized by the caller to stay in L2) and every A panel runs
  ;; across a chunk before the next chunk starts, so each A panel is read once per chunk.
  (func (export "gemm")
    (param $c i32) (param $a i32) (param $b i32) (param $M i32) (param $N i32) (param $K i32)
    (param $ldc i32) (param $accumulate i32) (param $tmp i32) (param $panelsPerChunk i32)
    (local $aPanelBytes i32) (local $bPanelBytes i32) (local $ldcBytes i32)
    (local $nPanels i32) (local $mPanels i32) (local $jc i32) (local $jEnd i32) (local $ip i32) (local $jp i32)
    (local $rows i32) (local $cols i32) (local $cRow i32)
    (local.set $aPanelBytes (i32.shl (local.get $K) (i32.const 4)))
    (local.set $bPanelBytes (i32.shl (local.get $K) (i32.const 5)))
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 2)))
    (local.set $nPanels (i32.shr_u (i32.add (local.get $N) (i32.const 7)) (i32.const 3)))
    (local.set $mPanels (i32.shr_u (i32.add (local.get $M) (i32.const 3)) (i32.const 2)))
    (block $chunksDone (loop $chunks
      (br_if $chunksDone (i32.ge_s (local.get $jc) (local.get $nPanels)))
      (local.set $jEnd (i32.add (local.get $jc) (local.get $panelsPerChunk)))
      (if (i32.gt_s (local.get $jEnd) (local.get $nPanels)) (then (local.set $jEnd (local.get $nPanels))))
      (local.set $ip (i32.const 0))
      (block $aDone (loop $aPanels
        (br_if $aDone (i32.ge_s (local.get $ip) (local.get $mPanels)))
        (local.set $rows (i32.sub (local.get $M) (i32.shl (local.get $ip) (i32.const 2))))
        (if (i32.gt_s (local.get $rows) (i32.const 4)) (then (local.set $rows (i32.const 4))))
        (local.set $cRow (i32.add (local.get $c) (i32.mul (i32.shl (local.get $ip) (i32.const 2)) (local.get $ldcBytes))))
        (local.set $jp (local.get $jc))
        (block $bDone (loop $bPanels
          (br_if $bDone (i32.ge_s (local.get $jp) (local.get $jEnd)))
          (local.set $cols (i32.sub (local.get $N) (i32.shl (local.get $jp) (i32.const 3))))
          (if (i32.gt_s (local.get $cols) (i32.const 8)) (then (local.set $cols (i32.const 8))))
          (call $block
            (i32.add (local.get $cRow) (i32.shl (local.get $jp) (i32.const 5)))
            (i32.add (local.get $a) (i32.mul (local.get $ip) (local.get $aPanelBytes)))
            (i32.add (local.get $b) (i32.mul (local.get $jp) (local.get $bPanelBytes)))
            (local.get $K) (local.get $ldcBytes) (local.get $rows) (local.get $cols)
            (local.get $accumulate) (local.get $tmp))
          (local.set $jp (i32.add (local.get $jp) (i32.const 1)))
          (br $bPanels)))
        (local.set $ip (i32.add (local.get $ip) (i32.const 1)))
        (br $aPanels)))
      (local.set $jc (local.get $jEnd))
      (br $chunks))))
)
